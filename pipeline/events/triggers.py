"""PLOVER event types from verb and noun cues: our own trigger lexicon.

Lexicon syntax, one cue per item:
    "v:attack"                    a verb lemma, all its inflections ("attacks", "attacked", "attacking")
    "v:call on"                   a phrasal verb; only the first word is inflected
    "n:attack"                    a noun, singular and plural
    "v:sign>agreement|treaty"     the cue counts only if one of the words after ">" follows within 8 words
    "v:strike<worker|union"       the cue counts only if none of the words after "<" is near it (5 words)
    "v:send>@personnel|@aid"      "@name" in a context list stands for every word of WORD_CLASSES[name]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pipeline.events.fallback_lexicon import FALLBACK, FALLBACK_IRREGULAR

Pos = Literal["verb", "noun"]

_REQ_WINDOW = 8
_EXC_WINDOW = 5

# Context words by meaning, shared by the cues that need them ("send troops", "send aid", "sell arms").
WORD_CLASSES: dict[str, tuple[str, ...]] = {
    "personnel": (
        "troops", "soldiers", "forces", "force", "police", "policemen", "officers", "personnel", "peacekeepers",
        "marines", "paratroopers", "commandos", "units", "battalion", "battalions", "brigade", "brigades",
        "contingent", "contingents", "advisers", "advisors", "instructors", "trainers", "experts", "specialists",
        "engineers", "doctors", "medics", "nurses", "rescuers", "firefighters", "volunteers", "mercenaries",
        "fighters", "reinforcements", "servicemen", "guards", "sailors", "pilots", "crews", "team", "teams",
    ),
    "weapons": (
        "weapons", "weaponry", "arms", "ammunition", "munitions", "missiles", "rockets", "shells", "drones",
        "tanks", "jets", "warplanes", "aircraft", "helicopters", "warships", "frigates", "submarines", "vessels",
        "ships", "artillery", "howitzers", "rifles", "guns", "launchers", "systems", "equipment", "hardware",
        "interceptors", "armour", "armor", "vehicles", "bombs", "grenades", "carriers", "carrier",
        "destroyers", "bombers", "battleships", "gunboats", "cruisers", "fighters", "fighter", "jet", "warship",
    ),
    "envoys": (
        "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "high commissioner", "commissioner",
        "chargé", "charge", "consul", "consuls", "attaché", "attache", "attachés", "emissary", "emissaries",
        "representative", "representatives", "embassy", "delegation", "mission",
    ),
    "people": (
        "prisoner", "prisoners", "hostage", "hostages", "detainee", "detainees", "captive", "captives", "workers",
        "nationals", "citizens", "journalists", "journalist", "activists", "activist", "sailors", "crew", "crews",
        "crewmen", "fishermen", "soldiers", "civilians", "students", "tourists", "missionaries", "children", "women",
        "people", "migrants", "refugees", "passengers", "villagers", "pilgrims", "dissidents", "opponents",
        "politicians", "leader", "leaders", "captured", "abducted", "kidnapped", "pows", "engineers", "employees",
    ),
    "aid": (
        "aid", "assistance", "help", "relief", "food", "medicine", "medicines", "medical", "supplies", "fuel",
        "grain", "wheat", "rice", "vaccines", "vaccine", "money", "funds", "cash", "loan", "loans", "credit",
        "credits", "grant", "grants", "tents", "blankets", "water", "shelter", "humanitarian", "donations",
        "electricity", "gas", "oil", "fertilizer", "fertiliser", "seeds", "$", "million", "billion", "dollars",
        "euros", "containers", "trucks", "convoy", "convoys", "shipment", "shipments", "package",
    ),
}

LEXICON: dict[str, tuple[str, ...]] = {
    "AGREE": (
        "n:willingness", "n:readiness", "v:express>willingness|readiness|desire|intention",
        "v:offer", "n:offer", "n:pledge", "n:promise", "v:assure", "n:assurance", "n:commitment", "v:renew>agreement|pact|treaty|accord|mandate", "v:extend>ceasefire|truce|agreement|mandate|deadline", "v:initial", "n:memorandum of understanding", "v:sign up>to", "v:pledge", "v:agree to", "n:deal>on|with|between|to|over", "n:breakthrough", "n:compromise",
        "v:reconcile",
        "v:strike>deal|agreement|accord|bargain", "v:propose", "n:proposal", "v:resolve>dispute|differences|conflict|crisis", "v:undertake>to", "v:guarantee", "n:pact", "n:ceasefire agreement", "n:peace deal", "v:initial>agreement|accord|treaty|deal",
        "v:agree", "n:agreement", "v:reach>agreement|deal|accord|compromise|understanding|truce|ceasefire|consensus",
        
        "v:ratify", "n:ratification", "v:pledge", "v:promise", "v:vow>cooperate|support|help|work|negotiate|aid",
        "v:accept>proposal|offer|plan|invitation|terms|mediation|resolution|formula|deal|agreement|compromise|settlement|ceasefire|truce",
        "v:accept",
        "v:offer>to", "v:commit>to", "v:settle>dispute|differences|conflict", "n:accord", "n:treaty",
        "v:conclude>agreement|deal|accord|treaty|pact", "v:approve", "v:consent",

        "v:vow<fight|war|attack|crush|destroy|retaliate|revenge|avenge|punish|eliminate|wipe|hit|strike|kill|defeat|resist|continue|target|drive|expel|annihilate|bomb|invade|block|sanction|boycott>to",
        "v:stand ready", "v:express>intent|intention|hope", "v:announce>plans|plan|intention",
        "v:signal>willingness|readiness|intent|intention|openness", "n:openness",
        "v:commit>itself|themselves|himself|herself", "v:sign on", "v:agree in principle",
        "v:endorse>plan|proposal|deal|agreement|roadmap|framework", "v:accept in principle",
    ),
    "CONSULT": (
        "v:greet>president|minister|delegation|counterpart|leader|visitors|envoy|king|prince", "v:resume>talks|negotiations|dialogue|contacts|consultations", "v:renew>talks|negotiations|dialogue|contacts",
        "v:attend>talks|meeting|summit|conference|negotiations|session|consultations", "v:host>talks|summit|meeting|delegation|counterpart|leaders|conference",
        "v:arrive>for talks|visit|talks|meeting|summit|consultations", "n:trip", "n:tour", "v:sit down>with", "v:hold>negotiations|dialogue|conversation|consultation|meetings|summits", "n:round of talks", "n:peace talks", "v:hold>phone call|telephone call|call", "v:broker", "n:envoy>to|visit|talks", "n:visit", "v:fly>to",
        "v:tour", "v:exchange>views|letters|messages", "n:dialogue", "v:convene", "v:brief>on|about", "v:travel>to", "n:state visit", "v:welcome>delegation|visitors|counterpart|president|minister",
        "v:meet", "n:meeting", "n:talks", "v:hold>talks|meeting|discussions|consultations|summit",
        "v:discuss", "n:discussion", "v:negotiate", "n:negotiation", "v:visit", "n:visit", "v:host",
        "v:consult", "n:consultation", "v:confer", "n:summit", "v:mediate", "n:mediation",
        "v:speak with", "v:speak to", "v:speak by", "v:talk with", "v:talk to", "n:phone call",
        "n:telephone call", "v:call<on|for|upon|off", "v:telephone", "v:phone",
        "v:receive>delegation|envoy|mission|minister|president|visitors|counterpart|ambassador|delegates|leader",
        "n:call>between", "v:shuttle>between", "n:shuttle diplomacy", "v:huddle",
        "v:hold>call|calls|meeting|meetings|round|rounds|session|sessions", "v:pay>visit|call|tribute",
        "n:working visit", "n:official visit", "v:arrive in", "v:land in", "v:open>talks|negotiations|dialogue",
        "v:launch>talks|negotiations|dialogue", "v:begin>talks|negotiations|dialogue",
        "v:start>talks|negotiations|dialogue", "v:sit down with", "v:engage>talks|dialogue|negotiations",
        "v:facilitate>talks|dialogue|negotiations", "n:facilitator", "n:go-between",
        "v:host>summit|talks|meeting|delegation|president|prime|minister|leaders|counterpart|visit",
    ),
    "SUPPORT": (
        "v:resume>relations|ties", "v:renew>relations|ties",
        "v:sign>agreement|treaty|deal|accord|pact|memorandum|ceasefire|truce|protocol|declaration|charter|convention",
        "v:ink>agreement|treaty|deal|accord|pact|memorandum", "n:signing>agreement|treaty|deal|accord|pact|memorandum",
        "v:extol", "v:admire", "v:exchange>ambassadors|envoys", "v:open>embassy|consulate|mission", "v:upgrade>relations|ties", "n:praise",
        "v:rally>behind|around|support", "v:stand with", "v:side with", "v:sympathize", "v:sympathise", "v:champion", "v:salute", "v:vouch", "v:express>support|backing|confidence|readiness", "n:congratulations", "n:condolences", "v:recognise>independence|sovereignty|government|state", "n:recognition>of", "v:acknowledge>independence|sovereignty|contribution|role", "v:vote>for|in favour|in favor",
        "v:thank<to", "v:laud", "v:express>support|solidarity|sympathy|condolences|gratitude|appreciation", "v:extend>support|condolences|congratulations", "v:vote for", "v:stand by", "v:side with", "v:reassure", "v:normalize>relations|ties", "v:normalise>relations|ties", "n:backing", "v:uphold",
        "v:praise", "v:endorse", "n:endorsement", "v:support<military|arms|weapons|troops",
        "n:support<military|arms|weapons|troops|financial", "v:back<down|off|away|pull|pulled|pulling|pulls|move|moved|fall|fell|roll|rolled|scale|scaled|cut|hold|held|bring|brought|send|sent|push|pushed|turn|turned|step|stepped|draw|drew|come|came|go|went|fight|fought|hit|hits|strike|struck|call|called|get|got|give|gave|write|wrote|report|reported|look|looked|pay|paid|date|dates|dating|way|forces|troops", "v:welcome", "v:commend",
        "v:hail", "v:applaud", "v:defend<against", "v:recognize>independence|sovereignty|government|state",
        "v:recognize<that|need|importance|as|difficulty|challenge|challenges|problem|problems|efforts|contribution|role|achievement|achievements|internationally|widely|generally|value|threat|risk|danger|limits|fact|reality|right|rights",
        "v:congratulate", "n:solidarity", "v:reaffirm>support|commitment|solidarity", "v:forgive",
        "v:apologize", "v:apologise", "n:apology", "v:establish>ties|relations", "v:restore>ties|relations",
        "v:extend>recognition|support|backing|condolences|congratulations", "n:recognition>formal|diplomatic|full",
        "v:come to>defence|defense", "v:speak up for", "v:spring to>defence|defense", "v:throw>weight",
        "v:voice>support|backing|solidarity|confidence", "v:pledge>support|backing|solidarity",
        "v:reaffirm>support|backing|solidarity|commitment|friendship", "v:pay tribute", "v:honour", "v:honor",
        "v:thank", "v:grant>recognition", "v:approve of",
        "v:back>bid|candidacy|plan|proposal|call|position|claim|stance|efforts|government|right|demand|membership|resolution",
    ),
    "CONCEDE": (
        "n:pardon",
        "v:bow to", "v:cave in", "v:backtrack", "v:capitulate", "v:end>state of emergency|curfew|ban|restrictions|censorship",
        "v:reverse>decision|policy|ban|order|ruling", "v:rescind", "v:repeal", "v:revoke>ban|decree|order|law|restrictions", "v:abolish>law|ban|restrictions|death penalty", "v:soften>stance|position|rules|restrictions", "v:legalize", "v:legalise", "v:unban", "v:permit>opposition|parties|party|rally|protest|demonstration|election|elections|candidate", "v:quit", "v:abdicate", "v:cede", "v:make>concession|concessions", "n:concession", "v:acquiesce", "v:budge",
        "v:pardon", "n:amnesty", "v:reopen>border|embassy|crossing|airport|school|schools|roads|road|consulate|office", "v:reinstate", "v:withdraw>charges|demand|demands|bill|law|complaint|lawsuit|objection|veto", "v:back down", "v:give up", "v:relax>restrictions|rules|controls|curbs|measures", "v:drop>charges|demand|demands|objection|opposition|case",
        "v:concede", "v:yield",
        "v:lift>ban|curfew|restrictions|emergency|measures|controls",
        "v:ease>restrictions|ban|curfew|emergency|measures|controls|pressure|rules|requirements|visa|regulations|conditions|limits|curbs",
        "v:cancel>restrictions|ban|curfew|sanctions|measures|decree", "v:call off", "v:accept>demand|demands",
        "v:accede", "v:comply", "v:allow<inspectors|observers|monitors|peacekeepers|aid|access",
        "v:grant>permission|amnesty",
        "v:resign", "v:step down", "v:give in", "v:accede", "v:relent",
        "v:shelve", "v:scrap>plan|plans|law|tax|taxes|bill|decree|rule|rules|reform|increase|hike",
        "v:drop>plan|plans|tax|taxes|bill|decree|proposal|increase|hike",
        "v:abandon>plan|plans|tax|taxes|bill|decree|proposal|increase|hike|reform",
        "v:restore>access|internet|rights|freedoms|services|broadcasts|license|licence",
        "v:lift>prohibition|suspension|blackout|shutdown|ban",
        "v:relax>requirements|rules|visa|restrictions|controls|curbs", "v:free up", "v:climb down", "n:climbdown",
        "n:u-turn", "v:make>u-turn",
        "v:end>strike|walkout|boycott|protest|protests|sit-in|blockade|hunger strike|occupation",
        "v:call off>strike|walkout|boycott|protest|protests|sit-in|blockade|march|rally|demonstration|demonstrations",
        "v:suspend>strike|walkout|boycott|protest|protests|sit-in|blockade", "v:agree to>demand|demands",
        "v:meet>demand|demands", "v:grant>demand|demands|concessions|autonomy|rights|pardon|clemency",
        "v:dissolve itself", "v:release>funds|salaries", "v:unblock", "v:commute",
    ),
    "COOPERATE": (
        "n:alliance", "v:join>forces|alliance|coalition|operation|efforts", "n:joint venture", "v:hand over>suspect|suspects|fugitive|fugitives|criminal|drug lord|kingpin|militant|militants", "n:trade deal", "n:joint investigation", "n:intelligence sharing", "v:exchange>intelligence|information|data",
        "v:coordinate", "n:coordination", "v:team up", "v:join forces", "v:invest", "n:investment", "n:joint patrol", "n:joint patrols", "n:joint operation",
        "v:cooperate", "n:cooperation", "v:co-operate", "n:co-operation", "v:collaborate", "n:collaboration",
        "v:work together", "v:share>intelligence|information|data", "n:joint war games", "n:joint drills", "n:joint naval exercises", "n:joint naval drills", "n:joint military drills", "n:joint air exercises", "v:extradite", "n:extradition",
        "n:joint exercise", "n:joint exercises", "n:joint military exercises", "n:partnership", "v:trade",
        "v:work side by side", "v:work>together|jointly|alongside|hand in hand", "n:joint inspection",
        "n:joint inspections", "n:joint operations", "n:joint task force", "n:joint commission", "n:joint project",
        "n:joint projects", "n:joint production", "n:joint search", "n:joint effort", "n:joint efforts",
        "n:joint mission", "n:joint border", "n:currency swap", "n:swap line", "n:swap agreement",
        "v:hand over>official|officials|national|nationals|citizen|citizens|fugitive|suspect|convict|prisoner|wanted",
        "v:surrender>fugitive|suspect|wanted|national",
        "v:share>expertise|technology|know-how|intelligence|information|data",
        "v:exchange>information|intelligence|data|expertise|technology", "v:pool", "n:barter", "n:trade agreement",
        "n:free trade", "v:deepen>cooperation|ties|partnership", "v:expand>cooperation|ties|partnership|trade",
        "v:boost>cooperation|trade|ties", "v:strengthen>cooperation|ties|partnership", "n:co-production",
        "v:co-host", "v:ship>uranium|gas|oil|grain|coal|lng|crude|ore|cocoa",
        "v:export>uranium|gas|oil|grain|coal|lng|crude|ore|cocoa",
    ),
    "AID": (
        "v:resume>aid|assistance|shipments|deliveries|funding", "n:evacuation", "n:airlift",
        "v:approve>@aid|funding|@weapons",
        "v:sell>@weapons", "v:rush>@aid|@personnel", "v:distribute>@aid", "v:fly in>@aid|@personnel",
        "v:deposit>$|billion|million", "v:pay>salaries|wages|pensions",
        "n:grant", "n:asylum", "v:offer>asylum|refuge|@aid", "v:feed", "v:treat>wounded|injured|refugees|patients", "n:food aid", "n:relief supplies", "n:aid package", "n:bailout", "v:bail out", "v:subsidize", "n:peacekeeping>troops|force|mission|forces|contingent", "n:loans", 
        "v:give>@aid|@weapons|support|asylum|refuge", "v:airlift", "v:airdrop", "v:train>troops|soldiers|forces|police|pilots|officers|fighters", "v:equip", "v:arm", "v:finance", "n:loan", "v:lend", "v:shelter", "v:host>refugees|migrants|displaced", "v:protect", "v:escort", "n:humanitarian aid", "n:military aid", "n:military assistance",
        "v:aid", "n:aid", "v:assist", "n:assistance", "v:provide", "v:supply", "n:supplies", "n:supply",
        "v:deliver", "n:delivery", "v:donate", "n:donation", "v:send>@personnel|@weapons|@aid|investigators|inspectors|monitors|observers",
        "v:ship", "n:shipment", "v:transfer", "n:transfer", "v:export>@weapons",
        "n:arms export", "n:arms exports", "v:dispatch", "n:dispatch", "v:grant>asylum|aid|loan|credit",
        "n:relief", "v:fund", "n:funding", "v:evacuate", "v:rescue", "n:troop dispatch",
        "v:hand over<weapons|arms|power|control", "v:contribute",
        "v:extend>@aid|credit line|loan|loans|lifeline", "n:credit line", "n:tranche", "n:disbursement",
        "v:disburse", "v:receive>@aid|@weapons|tranche|disbursement|asylum", "v:grant>@aid|asylum|refuge|protection",
        "v:truck>@aid", "v:bankroll", "v:underwrite", "v:allocate>@aid",
        "v:earmark>@aid", "v:write off>debt|debts|loans", "n:debt relief", "v:forgive>debt|debts|loans",
        "v:take in>refugees|migrants|displaced|asylum", "v:resettle", "v:admit>refugees|migrants|asylum",
        "v:welcome>refugees|migrants",
    ),
    "RETREAT": (
        "n:pullback",
        "v:observe>ceasefire|truce|cease-fire", "v:announce>ceasefire|truce|cease-fire|withdrawal|pullout",
        "v:hand over>security|control|power|territory|base|bases|positions",
        "v:set free", "v:repatriate", "n:repatriation", "v:vacate", "n:pullout", "n:pull-out", "v:relinquish", "v:disband", "v:lay down>arms|weapons", "v:declare>ceasefire|truce|cease-fire", "v:admit>inspectors|observers|monitors|peacekeepers", "n:release>prisoner|prisoners|hostage|hostages|detainee|detainees", "v:evacuate>troops|forces|positions|base|bases|settlements", "v:scale back>operations|presence|forces|troops", "v:draw down", "n:drawdown", "v:reopen>crossing|crossings|border|borders",
        "v:release<statement|report|video|figures|data|photos|details|results|film|footage|document|documents|"
        "recording|images|list|findings|album|book|version|update|software",
        "v:free>@people",
        "v:hand back", "v:return>control|territory|land|bodies|remains|prisoners|property|weapons|arms|equipment|hostages",
        "v:lift>sanction|sanctions|embargo|blockade|siege|boycott", "v:ease>sanction|sanctions|embargo|boycott|blockade",
        "v:allow>inspectors|observers|monitors|peacekeepers|aid|access", "v:grant>access",
        "v:halt>attacks|offensive|fighting|bombing|strikes|operations|advance|shelling", "v:suspend>attacks|operations|offensive|strikes|bombing|hostilities", "v:stop>fighting|attacks|shelling|bombing|hostilities", "v:demilitarize", "v:decommission", "v:cease>fire|fighting|hostilities|attacks",
        "v:withdraw", "n:withdrawal", "v:pull out", "v:pull back", "v:retreat", "n:retreat", "v:demobilize",
        "v:demobilise", "v:disarm", "n:disarmament", "v:hand over>weapons|arms", "v:abandon", "v:leave>area|city|town|territory|positions|region",
        "v:dismantle", "v:surrender", "n:surrender", "n:ceasefire", "n:cease-fire", "n:truce",
        "v:swap>prisoners|captives|detainees|hostages|bodies|pows", "n:prisoner swap", "n:prisoner exchange",
        "v:exchange>prisoners|captives|detainees|hostages|bodies|pows",
        "v:let>in|into|@personnel|monitors|observers|inspectors|aid|access|through", "v:give>access",
        "v:permit>@aid|inspectors|monitors|observers|access|deliver|delivery|deliveries|@personnel|agency|programme|program",
        "v:lift>tariffs|duties|quotas|embargo|sanctions|blockade|siege|restrictions on imports",
        "v:ease>tariffs|duties|quotas|embargo|sanctions",
        "v:remove>tariffs|duties|sanctions|embargo|checkpoints|roadblocks|troops",
        "v:unfreeze>assets|funds|accounts",
        "v:release>@personnel|prisoners|hostages|detainees|captives|fishermen|crew|crews|sailors|soldiers|activists|journalists|nationals|citizens|ship|ships|vessel|vessels|boats|tanker|assets|funds",
        "v:return>boats|ships|vessel|vessels|crew|crews|fishermen|nationals|citizens|soldiers", "v:stand down",
        "v:pull>troops|forces|soldiers|units|tanks|out|back",
        "v:withdraw>troops|forces|soldiers|units|tanks|brigade", "v:agree>truce|ceasefire|cease-fire|armistice",
        "n:armistice", ),
    "REQUEST": (
        "v:ask for", "v:solicit", "v:entreat", "v:beseech", "v:prod", "v:renew>call|calls|appeal|demand|demands", "v:repeat>call|calls|appeal|demand|demands", "v:reiterate>call|calls|appeal|demand|demands", "v:challenge>to", "n:calls>for|on", "n:petition", "n:ultimatum>to", "v:propose>talks|meeting|negotiations|dialogue",
        "v:press>to|for", "n:plea", "v:petition", "v:apply for", "v:beg", "v:exhort", "v:encourage", "v:recommend", "v:summon<@envoys>to",
        "v:call on", "v:call upon", "v:call for", "n:call for", "v:urge", "v:demand", "n:demand", "v:appeal",
        "n:appeal", "v:ask", "v:request", "n:request", "v:press for", "v:seek", "v:plead", "v:implore",
        "v:insist", "v:invite", "v:push>for", "v:pressure", "v:pressure", "v:lobby",
        "v:push>to|for", "v:want>to", "v:call>for|on|upon", "v:insist>that|on", "v:ask>to|for",
        "v:seek>release|extradition|help|aid|assistance|support|talks|clarification|explanation|compensation|return|meeting",
        "v:demand>that|release|return|withdrawal|explanation|apology|compensation", "v:apply>for", "v:appeal>for|to",
        "v:invite>to",
        "v:end>occupation|siege|blockade",
    ),
    "ACCUSE": (
        "v:trade>accusations|insults|charges|barbs|blame",
        "v:arraign", "v:chastise", "v:excoriate", "v:upbraid", "v:scrutinize", "v:scrutinise", "v:lambaste", "v:reprove",
        "v:mobilize against", "v:mobilise against",
        "v:reprimand", "v:admonish", "v:lash out", "v:hit out", "v:vilify", "v:ridicule", "v:insult", "v:inquire", "n:inquiry", "n:enquiry", "v:look into", "v:examine>allegations|claims|case|killings|charges|abuses|complaints", "n:fact-finding", "n:hearing", "n:trial", "v:put on trial", "v:try>for", "v:find guilty", "n:charges>of|against", "v:assail", "v:disparage", "v:denigrate", "v:summon>@envoys",
        "v:chide", "v:scold", "v:assail", "v:berate", "v:reproach", "v:fault", "n:outrage", "v:hold>responsible|accountable", "v:implicate", "v:lodge>complaint|protest", "v:file>complaint|lawsuit|suit|charges", "v:question>legality|motives|decision", "v:warn against",
        "v:accuse", "n:accusation", "v:condemn", "n:condemnation", "v:criticize", "v:criticise", "n:criticism",
        "v:denounce", "v:blame", "v:allege", "n:allegation", "n:concern", "v:concern", "v:deplore",
        "v:complain", "n:complaint", "v:investigate", "n:investigation", "v:probe", "n:probe", "v:sue",
        "n:lawsuit", "v:slam", "v:lambast", "v:rebuke", "v:censure", "v:indict", "v:convict", "v:disapprove",
        "v:object to", "v:charge>with|that|of", "v:decry", "v:lament", "v:regret", "v:castigate",
        "v:express>concern|concerns|regret|outrage|dismay|alarm|disappointment|anger|displeasure",
        "v:voice>disapproval|concern|concerns|criticism|outrage|dismay|displeasure|alarm|anger|frustration",
        "n:disapproval", "v:take>to court|to the International Court|to the court", "v:haul>before|to court",
        "v:file>suit|lawsuit|complaint|case|charges|petition", "v:bring>case|lawsuit|suit|charges|complaint",
        "v:lodge>complaint|protest|objection|case", "n:formal protest", "v:open>inquiry|investigation|probe|case",
        "v:launch>inquiry|investigation|probe|review|audit", "v:order>inquiry|investigation|probe|review|audit",
        "n:audit", "v:audit", "v:question>@personnel|officials|minister|suspects", "v:find>guilty|liable",
        "v:sentence>in absentia", "n:conviction", "n:verdict", "v:slap>lawsuit|charges|suit", "v:single out",
        "v:point>finger", "v:brand", "v:label",
        "v:call>disgrace|shameful|unacceptable|provocation|illegal|outrageous|irresponsible",
    ),
    "REJECT": (
        "v:vote down", "v:overrule", "v:disavow", "v:disown", "v:overturn>decision|ruling|law|ban|verdict", "v:contest>result|results|election|ruling|decision|claim|claims",
        "v:balk", "v:stonewall", "v:shun", "v:scorn", "v:renege", "v:vote against", "v:violate<ceasefire|truce|airspace|border|territory", "v:flout", "v:disobey", "v:breach<ceasefire|truce|airspace|border|territory", "v:block>resolution|bill|proposal|plan|deal|agreement|appointment|nomination|sale|bid|membership|accession|attempt|efforts|move|statement|declaration|decision|vote|package|motion|request|application|candidacy|draft", "v:withdraw from>treaty|agreement|pact|accord|convention", "v:pull out of>treaty|agreement|pact|accord|convention", "v:deny>report|reports|claim|claims|allegation|allegations|charges|accusations|involvement|responsibility", 
        "v:resist", "v:ignore>call|calls|demand|demands|appeal|request|warning|warnings|ultimatum", "v:rule out", "v:disregard", "v:brush off", "v:refute", "v:contradict", "v:dispute>claim|claims|report|reports|allegations|findings|account",
        "v:reject", "n:rejection", "v:refuse", "n:refusal", "v:deny", "n:denial", "v:dismiss", "v:veto",
        "n:veto", "v:decline>to|offer|invitation|request", "v:rebuff", "v:turn down", "v:oppose",
        "v:defy", "v:repudiate", "v:spurn", "v:snub",
        "v:say no", "v:stay away from>talks|summit|meeting",
        "v:dismiss>demand|demands|call|calls|request|requests|proposal|offer|plan|claim|claims|report|reports|accusations|allegations|charges",
        "v:ignore>order|ruling|court|verdict|resolution|deadline|summons|demand|demands|call|calls|request",
        "v:defy>order|ruling|court|verdict|resolution|deadline|summons|ban|curfew|demand|demands|call|calls",
        "v:shoot down>proposal|plan|idea|offer|request", "v:balk at", "v:refuse to", "v:decline>to",
    ),
    "THREATEN": (
        "v:brandish", "v:give>ultimatum", "v:issue>ultimatum|warning|threat", "v:vow>fight|war|attack|crush|destroy|retaliate|revenge|avenge|punish|eliminate|wipe|hit|strike|kill|defeat|resist|continue|target|drive|expel|annihilate|bomb|invade|block|sanction|boycott",
        "v:intimidate", "v:menace", "n:threats",
        "v:threaten", "n:threat", "v:warn<in the statement", "n:warning", "n:ultimatum", "v:vow>retaliate|revenge|respond|destroy|punish|response|retaliation|reprisal|reprisals|consequences|retribution|vengeance",
        "n:response>stern|strong|firm|decisive|harsh|tough|forceful|robust|resolute|severe|swift|crushing|military|merciless|devastating",
        "v:retaliate", "n:retaliation", "n:firm response", "n:strong response",
        "v:warn>of|that|against", "v:caution",
        "v:vow>response|retaliation|reprisal|reprisals|consequences|retribution|revenge", "v:hint>at|military|force",
        "v:raise>spectre|specter|prospect", "n:threat>of|to",
    ),
    "PROTEST": (
        "v:set up>roadblocks|barricades", "n:barricades",
        "v:take to>streets|the streets", "n:protest march", "n:vigil", "v:rampage", "n:rioting", "n:rioter", "v:barricade", "n:unrest", "n:uprising", "n:work stoppage", "v:occupy>square|building|campus|factory|office|offices|streets", "n:mass rally", "n:sit-down", "v:stage>protest|protests|demonstration|demonstrations|rally|rallies|strike|strikes|sit-in|walkout|march",
        "v:chant", "v:gather>to protest|outside|against", "n:mass protest", "n:street protests",
        "v:protest", "n:protest", "n:protester", "n:protestor", "v:demonstrate>against|in|outside|for",
        "n:demonstration", "n:demonstrator", "v:rally<support|behind|around", "n:rally", "v:march",
        "v:riot", "n:riot", "n:hunger strike", "n:general strike", "n:sit-in", "v:boycott", "n:boycott",
        "n:strike>worker|workers|union|unions|employees|staff|miners|teachers|doctors|drivers|nurses|dockers|pilots|truckers|farmers|students|indefinite|nationwide|national|general|wildcat|rolling|token|protest|wages|pay|went|go|goes|day|week",
        "v:strike>worker|workers|union|unions|wages|pay", "v:stop work", "n:walkout", "v:walk out",
        "v:block>road|roads|street|streets|bridge|bridges|highway|highways|motorway|motorways|junction|junctions|intersection|intersections|square|railway|railways|rail|tracks|traffic|railway|entrance|border|port|roadway|access",
        "n:sit-in", "n:picket", "v:picket", "n:march",
        "v:refuse>food|meals|to eat", "v:stop eating", "v:walk off>job|jobs|work", "v:down tools", "n:hartal",
        "n:bandh", "n:shutdown strike", "v:go on>strike|hunger strike", "v:went on>strike",
        "v:stage>walkout|sit-in|protest|protests|strike|strikes|march|rally|demonstration|demonstrations|boycott|vigil",
        "n:picket line", "v:march>through|on|to|against|in", "v:pack>square|streets|street|plaza|avenue",
        "v:flood>streets|square", "v:fill>streets|square", "v:throng",
        "v:occupy>square|building|campus|parliament|office|offices|street|streets|highway|road", "n:riots",
        "n:rioters", "v:blockade>road|roads|highway|highways|depots|port|ports|refinery|refineries|border|bridge",
        "v:block>highway|highways|road|roads|street|streets|motorway|bridge|railway|port|access|entrance|border crossing",
        "n:protesters", "n:demonstrators", "n:rioters", "n:crowds>demanding|protesting|chanting", "v:heckle",
        "v:boo", "v:jeer",
    ),
    "SANCTION": (
        "n:expulsion>ambassador|diplomat|diplomats|envoy|envoys|embassy|attache|attaché|mission|inspectors|observers|peacekeepers", "n:recall>@envoys", "n:severing", "n:sanctions",
        "v:break>ties|relations", "v:cut>ties|relations", "v:withdraw from>talks|negotiations|mission", "v:pull out of>talks|negotiations", "v:walk out of>talks|negotiations|meeting", "v:end>aid|cooperation|talks|mission|assistance|funding", "v:terminate>aid|agreement|cooperation|assistance|funding|contract", "v:stop>aid|funding|talks|negotiations|cooperation|assistance|imports|exports", "v:restrict>imports|exports|trade|flights", "n:trade ban", "n:arms embargo", "v:penalize", "v:penalise", "v:expel>inspectors|observers|monitors|peacekeepers|aid workers|agencies",
        "v:withhold>aid|funds|funding|payments|assistance|support",
        "v:blacklist", "v:close>embassy|border|consulate|airspace|mission", "v:withdraw>ambassador|envoy|diplomats|recognition|inspectors|observers|monitors|peacekeepers|peacekeeping|mission|aid workers|relief workers", "v:force>out", "v:kick out", "v:ban>imports|exports|flights|travel|trade|entry", "n:tariff", "v:revoke>visas|visa|license|accreditation|citizenship", "v:shut>embassy|consulate",
        "v:sanction", "n:sanction", "n:embargo", "v:impose>sanctions|embargo|tariffs|curbs|duties|levies|quotas",
        "v:expel>@envoys", "v:recall>@envoys",
        "v:sever>ties|relations", "v:break off", "v:cut off>aid|ties|relations|funding|supplies",
        "v:suspend>aid|talks|relations|negotiations|cooperation|membership|funding|ties",
        "v:freeze>assets|aid|funds|accounts|talks", "v:halt>aid|talks|negotiations|cooperation|funding|shipments|mediation",
        "v:downgrade>relations|ties", "n:suspension", "v:cancel>visit|talks|meeting|trip|summit|agreement|contract",
        "v:reduce>aid|supplies|assistance|funding|ties|relations|imports", "v:cut>aid|supplies|funding|ties|imports",
        "v:prohibit>aid|trade|imports|exports|flights|entry|sale|sales", "v:deny>entry|visa|visas|landing",
        "v:boycott>talks|summit|meeting|games|olympics",
        "v:scale back>diplomatic|embassy|consular|diplomats|staff|ties|relations|cooperation|aid|assistance|funding",
        "v:pull>diplomats|ambassador|envoy|embassy|staff|diplomatic|funding|aid|support",
        "v:withdraw>facilitator|mediator|mediation|guarantor|observer|observers|monitors|facilitation|diplomats|diplomatic|staff|support|funding|aid|accreditation|from talks|from negotiations",
        "v:suspend>lending|loans|aid|assistance|funding|disbursements|cooperation|talks|negotiations|mediation|efforts|operations|membership|participation|flights|ties|relations|accreditation|activities|programme|program|visas",
        "v:end>programme|program|mission|training|cooperation|partnership|aid|assistance|funding|mediation|participation|membership|agreement|relations|ties",
        "v:halt>lending|loans|aid|assistance|funding|disbursements|cooperation|talks|negotiations|mediation|efforts|programme|program|exports|imports",
        "v:declare>persona non grata", "n:persona non grata", "v:freeze>relations|ties|cooperation|aid|talks|contacts",
        "v:cut>aid|funding|ties|relations|contacts|assistance",
        "v:cancel>visit|trip|meeting|talks|summit|contract|agreement|deal|exercise|exercises|drills|flights|visas|accreditation",
        "v:postpone>visit|talks|summit|meeting", "v:quit>talks|negotiations|mission|alliance|treaty|agreement|organisation|organization|bloc",
        "v:leave>talks|negotiations|alliance|treaty|organisation|organization|bloc", "v:suspend>operations|activities",
        "v:call off>talks|visit|meeting|summit|negotiations|trip|exercise|exercises|drills",
        "v:walk out>talks|negotiations|meeting|session|summit|conference|parliament",
    ),
    "MOBILIZE": (
        "n:war games",
        "v:beef up>security|presence|forces|troops|defences|defenses|patrols", "v:step up>security|patrols|presence|military", "v:heighten>security|alert|readiness", "v:tighten>security", "v:place>alert|high alert|standby|readiness", "v:raise>alert|readiness", "n:show of force", "v:move>@personnel|@weapons", "v:concentrate>@personnel|@weapons", "v:position>@personnel|@weapons", "n:military exercise", "n:naval exercises", "n:military drills", "n:combat readiness", "v:redeploy", "n:redeployment", "v:recruit>troops|soldiers|fighters|reservists", "v:arm>itself|themselves",
        "v:station>@personnel|@weapons|bombers", "v:amass", "v:muster", "v:conscript", "v:draft>troops|soldiers|reservists", "n:troop buildup", "n:maneuvers", "n:manoeuvres", "v:scramble>jets|fighters|aircraft", "n:state of alert",
        "v:mobilize<supporters|voters|public|opinion|resources|funds|support|pressure|groups|people|community|communities|members|opposition|donors|investors|campaign", "v:mobilise<supporters|voters|public|opinion|resources|funds|support|pressure|groups|people|community|communities|members|opposition|donors|investors|campaign", "n:mobilization", "n:mobilisation", "v:deploy", "n:deployment",
        "v:mass>@personnel|@weapons", "n:buildup", "n:build-up", "n:high alert", "v:put>alert",
        "v:reinforce", "n:reinforcements", "n:military exercises", "n:drills", "v:call up", "n:alert", "v:order>patrols|troops|mobilization|reinforcements",
        "v:patrol", "n:patrol", "v:mass",
        "v:test-fire", "v:test-launch", "n:missile test", "n:nuclear test", "v:parade",
        "n:military parade", "v:step up>security|patrols|presence|military|police",
        "v:raise>threat level|alert level|alert|readiness|state of alert", "v:draft in",
        "v:bring in>@personnel|reinforcements", "v:call in>@personnel|army|military|reinforcements",
        "v:call up>reservists|@personnel", "n:reservists",
        "v:put>on alert|on high alert|on standby|on a war footing", "v:place>on alert|on high alert|on standby",
        "v:go on>alert|high alert", "v:send>reinforcements", "v:beef up",
        "v:bolster>security|defences|defenses|presence|forces|troops|border|patrols",
        "v:heighten>security|alert|readiness|presence", "v:tighten>security|border|controls",
        "v:flex>muscle|muscles", "n:show of strength", ),
    "COERCE": (
        "v:break up>rally|rallies|protest|protests|demonstration|demonstrations|march|gathering|sit-in|strike",
        "v:declare>martial law|state of emergency|curfew|emergency", "v:block>websites|internet|website|media", "v:bar>from", "v:proscribe",
        "n:expulsion", "n:expulsions", "v:block>mission|convoy|convoys|ship|ships|vessel|vessels|aid|access|delivery|deliveries|shipments|resupply", "n:blockade",
        "v:apprehend", "v:nab", "v:take into custody", "n:house arrest", "v:place under>arrest|house arrest", "v:put under>arrest|house arrest", "v:banish", "v:dissolve>parliament|party|assembly|opposition|union", "v:suspend>newspaper|party|license|licence|broadcasts|station", "v:close down>newspaper|station|office|offices|party", "v:impound", "v:commandeer", "v:requisition", "v:seal off", "v:cordon off", "v:curb>freedom|press|protests|dissent|media|speech", "v:muzzle", "v:jam>broadcasts|signals", "v:intercept>ship|vessel|boat|flotilla|convoy", "v:board>ship|vessel|boat|tanker", "v:intimidate>journalists|voters|opposition|witnesses", "v:clamp down", "n:clampdown", "v:reimpose", "v:tear-gas", "v:teargas", "n:detentions", "n:arrests", 
        "v:annex", "n:annexation", "v:steal", "v:forbid",
        "v:confine", "v:hold>hostage|hostages|prisoner|prisoners|captive|captives|incommunicado", "v:intern", "v:impose>curfew|martial|restrictions|ban|emergency|blockade|censorship", "n:martial law", "v:shut down>newspaper|station|media|channel|website|newspapers|office", "v:fine", "v:punish", "v:harass", "v:suppress", "v:quell", "v:repress", "n:repression",
        "v:arrest", "n:arrest", "v:detain", "n:detention", "v:seize<power", "n:seizure", "v:confiscate",
        "n:curfew", "v:deport", "n:deportation", "v:expel<diplomat|diplomats|ambassador|envoy|embassy",
        "v:crack down", "n:crackdown", "v:ban", "n:ban", "n:blockade", "v:blockade", "v:occupy",
        "n:occupation", "v:imprison", "v:jail", "v:sentence>to", "v:raid<air", "v:round up", "v:restrict",
        "v:expropriate", "v:nationalize", "v:censor", "v:outlaw", "v:demolish", "v:bulldoze", "v:raze",
        "v:deface", "v:prevent>demonstration|rally|protest|march|meeting|entry|access|journalists|from|holding",
        "v:evict", "n:eviction", "v:disperse", "v:besiege", "n:siege", "v:interrogate", "v:prosecute",
        "v:ban>from", "v:disqualify", "v:blacklist", "n:blackout>of|on|channel|station|network",
        "v:order>blackout|shutdown|closure|suspension", "v:shut>down|channel|station|newspaper|internet|outlet",
        "v:suspend>licence|license|broadcasts|channel|station|newspaper|outlet|party|parties|publication",
        "v:revoke>licence|license|accreditation|citizenship|passport|passports", "v:strip>of", "v:expel>migrants|nationals|refugees|journalists|journalist|activists|workers|foreigners|correspondent|correspondents",
        "v:charge>with", "v:indict", "v:take control>of",
        "v:seize>control|power|town|city|village|territory|port|airport|base|assets|ship|vessel|tanker|property|cargo|goods",
        "v:freeze>assets|accounts|funds|property",
        "v:extend>emergency rule|state of emergency|curfew|martial law|ban|detention",
        "v:declare>emergency rule|state of emergency|curfew|martial law", "n:emergency rule",
        "v:impose>emergency rule|state of emergency|curfew|martial law|restrictions|ban|censorship|blockade|controls|lockdown",
        "v:block>access|internet|websites|social media|sites|platforms|aid|convoy|convoys", "v:throttle", "v:gag",
        "v:silence", "v:dissolve>party|parliament|union|organisation|organization|assembly|ngo|group",
        "v:criminalise", "v:criminalize", "v:raid>offices|office|headquarters|home|homes|premises|newspaper|station",
        "v:search>offices|homes|premises|headquarters", "v:put under>house arrest|surveillance",
    ),
    "ASSAULT": (
        "v:claim>responsibility|credit", "n:kidnapping", "n:abduction", "n:hijacking", "n:execution", "n:executions", "v:exchange>fire|gunfire|shots", "v:trade>fire|gunfire|shots|blows",
        "v:blow>up", "n:suicide bomber", "n:suicide bombers",
        "v:use>force|nuclear|weapons|chemical|missiles|tanks|artillery|violence", "n:use of force",
        "v:snipe", "v:machine-gun", "v:set fire to", "v:set ablaze", "v:lob>grenade|grenades|shells|rockets|mortars|bombs", "v:hurl>grenade|grenades|bombs|explosives|firebombs", "v:throw>grenade|grenades|bomb|bombs|explosives", "n:car bomb", "n:bomb", "n:roadside bomb", "n:blast", "n:suicide attack", "n:shooting", "n:slaughter", "n:bloodshed", "v:wage>war|campaign|offensive|attacks|jihad", "v:advance>on|into|toward|towards", "v:mutilate", "v:decapitate", "v:poison", "n:assassination attempt", "v:violate>ceasefire|truce", "v:breach>ceasefire|truce", "n:ceasefire violation", "n:drone strike", "n:missile strike", "n:artillery fire", "n:mortar fire", "n:rocket fire", "v:take>hostage|hostages|captive", "n:hostage-taking", "v:beat up", "n:beating", "n:skirmishes", "v:fire>into|upon", "v:depose", "v:oust", "n:coup attempt", "v:topple", "n:ethnic cleansing", "n:genocide", "v:cleanse",
        "v:infiltrate", "v:torch", "v:conquer", "v:encircle", "v:surround>town|city|village|base|positions|forces|troops|building", "v:repel", "v:repulse", "v:down>plane|jet|drone|helicopter|aircraft|airliner|fighter", "v:sink>ship|ships|vessel|boat|warship|frigate|submarine", "v:overthrow", "n:coup", "v:lay siege", "v:drive out",
        "v:strafe", "v:pound", "v:slaughter", "v:gun down", "v:shoot down", "v:torpedo", "v:engage>combat|fighting|enemy|battle", "n:gunfire", "n:firefight", "n:gunbattle", "n:gun battle", "n:skirmish", "v:skirmish", "v:injure", "v:maim", "n:hostilities", "n:suicide bombing", "n:shootout", "v:bomb", "n:air raid", "n:rocket attack", "n:battle", "v:battle",
        "v:attack", "n:attack", "v:strike<worker|workers|union|unions|hunger|general|wages|pay|drivers|teachers|nurses|doctors|employees|staff|miners|dockers|pilots|truckers|farmers|students|indefinite|nationwide|national|wildcat|rolling|token|on strike|protest|walkout", "n:airstrike",
        "n:air strike", "n:strike<worker|workers|union|unions|hunger|general|wages|pay|price|drivers|teachers|nurses|doctors|employees|staff|miners|dockers|pilots|truckers|farmers|students|indefinite|nationwide|national|wildcat|rolling|token|on strike|protest|walkout", "v:bomb", "n:bombing",
        "v:shell", "n:shelling", "v:kill", "n:killing", "v:fire>at|on|missile|missiles|rocket|rockets|shells|upon",
        "v:open fire", "v:clash", "n:clash", "v:fight", "n:fighting", "v:launch<hunger|general|sit-in|protest|campaign|appeal|investigation|inquiry|probe>missile|missiles|rocket|rockets|"
        "attack|attacks|offensive|strike|strikes|drone|drones|raid|assault|incursion|invasion",
        "v:shoot", "v:ambush", "n:ambush", "v:invade", "n:invasion", "v:assault", "n:assault", "v:massacre",
        "n:massacre", "v:wound", "n:raid", "v:raid", "v:hit>with|by|missile|missiles|rocket|rockets|drone|drones",
        "v:target", "v:torture", "v:abduct", "v:kidnap", "v:hijack", "v:assassinate", "n:assassination",
        "v:behead", "v:execute", "v:capture", "v:retake", "v:recapture", "v:overrun", "v:abuse", "n:torture",
        "v:explode", "v:detonate", "v:stab", "v:rape", "v:burn", "v:murder", "n:murder", "n:offensive", "n:incursion", "n:combat", "v:bombard", "n:bombardment",
        "v:destroy", "v:storm", "v:ransack", "v:loot", "n:explosion", "v:blow up", "n:missile attack",
        "n:drone attack", "v:lynch", "v:beat<back",
        "v:hack>to death", "v:hack", "v:drive>from|out of|off",
        "v:expel>villagers|residents|population|thousands|hundreds|civilians|inhabitants", "v:set fire",
        "v:set alight", "v:firebomb", "n:arson", "v:shoot dead", "v:mow down", "v:stone",
        "v:beat>to death|up|protesters|demonstrators|detainees|prisoners|journalists|civilians", "n:beatings",
        "n:electric shocks", "v:rocket", "v:mortar",
        "v:blow>himself up|herself up|themselves up", "n:truck bomb", "n:ied", "n:improvised explosive device",
        "n:landmine", "v:resume>fighting|hostilities|attacks|shelling|bombardment|offensive",

        "v:cross<refugees|migrants|civilians|people|families|asylum|thousands|hundreds|tourists|travellers|travelers|trucks|convoy|aid>into|border|frontier|line",
    ),
}

# Families of types the clause and participant rules treat alike.
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONSULT", "REQUEST"})

SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})

MATERIAL_CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE"})

SPEECH_ACT_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "SUPPORT", "REJECT"})


# Past participles and past tenses that do not follow the regular rules.
IRREGULAR = {
    "meet": ("met", "met"), "hold": ("held", "held"), "speak": ("spoke", "spoken"), "seek": ("sought", "sought"),
    "send": ("sent", "sent"), "shoot": ("shot", "shot"), "fight": ("fought", "fought"),
    "withdraw": ("withdrew", "withdrawn"), "strike": ("struck", "struck"), "break": ("broke", "broken"),
    "freeze": ("froze", "frozen"), "hit": ("hit", "hit"), "put": ("put", "put"), "cut": ("cut", "cut"),
    "give": ("gave", "given"), "forgive": ("forgave", "forgiven"), "leave": ("left", "left"),
    "lead": ("led", "led"), "blow": ("blew", "blown"), "beat": ("beat", "beaten"), "talk": ("talked", "talked"),
    "pay": ("paid", "paid"), "sell": ("sold", "sold"), "take": ("took", "taken"), "bring": ("brought", "brought"),
    "build": ("built", "built"), "shut": ("shut", "shut"), "swear": ("swore", "sworn"), "give up": ("gave", "given"),
    "lend": ("lent", "lent"), "undertake": ("undertook", "undertaken"), "stand": ("stood", "stood"), "draw": ("drew", "drawn"),
    "overrun": ("overran", "overrun"), "sink": ("sank", "sunk"), "steal": ("stole", "stolen"),
    "forbid": ("forbade", "forbidden"), "withhold": ("withheld", "withheld"), "overthrow": ("overthrew", "overthrown"),
    "uphold": ("upheld", "upheld"), "lay": ("laid", "laid"), "drive": ("drove", "driven"), "wage": ("waged", "waged"), "step": ("stepped", "stepped"),
    "round": ("rounded", "rounded"), "crack": ("cracked", "cracked"), "sue": ("sued", "sued"),
    "retake": ("retook", "retaken"), "overtake": ("overtook", "overtaken"), "fly": ("flew", "flown"),
    "set": ("set", "set"), "throw": ("threw", "thrown"), "quit": ("quit", "quit"), "feed": ("fed", "fed"),
    "sit": ("sat", "sat"), "slay": ("slew", "slain"), "bid": ("bid", "bid"), "spread": ("spread", "spread"),
    "shed": ("shed", "shed"), "wind": ("wound", "wound"), "seize": ("seized", "seized"), "arise": ("arose", "arisen"),
    "undergo": ("underwent", "undergone"), "go": ("went", "gone"), "hang": ("hanged", "hanged"),
    "sweep": ("swept", "swept"), "keep": ("kept", "kept"), "deal": ("dealt", "dealt"),
    "teach": ("taught", "taught"), "catch": ("caught", "caught"), "buy": ("bought", "bought"), "win": ("won", "won"),
    "rebuild": ("rebuilt", "rebuilt"), "oversee": ("oversaw", "overseen"), "see": ("saw", "seen"),
    "mislead": ("misled", "misled"), "foresee": ("foresaw", "foreseen"), "withstand": ("withstood", "withstood"),
    "shoot down": ("shot", "shot"), "break off": ("broke", "broken"), "break up": ("broke", "broken"),
    "find": ("found", "found"), "come": ("came", "come"), "spring": ("sprang", "sprung"), "stick": ("stuck", "stuck"), "tear": ("tore", "torn"),
    "hide": ("hid", "hidden"), "ride": ("rode", "ridden"), "rise": ("rose", "risen"), "speak up": ("spoke", "spoken"),
    "sit down": ("sat", "sat"), "stand": ("stood", "stood"), "hold": ("held", "held"), "shake": ("shook", "shaken"),
    "mow": ("mowed", "mown"), "slide": ("slid", "slid"), "bind": ("bound", "bound"), "grind": ("ground", "ground"),
}
DOUBLE_FINAL = frozenset(
    "ban ship plan stop drop rob admit commit regret expel compel repel rebel control patrol slam "
    "step grab jab equip acquit occur refer prefer transfer confer deter kidnap worship gun scrap snub bar jam "
    "blur spur stir star plot submit permit omit remit emit outlaw trek".split()
)


def _third_person(v: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z|o)$", v):
        return v + "es"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    return v + "s"


_ONE_SYLLABLE_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _stem_for_suffix(v: str) -> str:
    if v in DOUBLE_FINAL or _ONE_SYLLABLE_CVC.match(v):
        return v + v[-1]  # "ban" -> "banned", "swap" -> "swapped"
    return v


def _past(v: str) -> str:
    if v.endswith("e"):
        return v + "d"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    return _stem_for_suffix(v) + "ed"


def _gerund(v: str) -> str:
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith("ee"):
        return v[:-1] + "ing"
    return _stem_for_suffix(v) + "ing"


def verb_forms(lemma: str) -> dict[str, str]:
    """Surface form -> tense tag ("base", "3sg", "past", "pp", "ing")."""
    forms = {lemma: "base", _third_person(lemma): "3sg", _gerund(lemma): "ing"}
    past, participle = IRREGULAR.get(lemma) or FALLBACK_IRREGULAR.get(lemma) or (_past(lemma), _past(lemma))
    forms.setdefault(past, "past")
    forms.setdefault(participle, "pp")
    if re.search(r"[^aeiou][aeiou]l$", lemma):
        forms.setdefault(lemma + "led", "past")  # British "cancelled", "travelled"
        forms.setdefault(lemma + "ling", "ing")
    return forms


def noun_forms(lemma: str) -> list[str]:
    """Singular and plural of a (possibly multi-word) noun cue."""
    last = lemma.split()[-1]
    if re.search(r"(?:s|sh|ch|x|z)$", last):
        plural = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return [lemma, " ".join(lemma.split()[:-1] + [plural])]


@dataclass(frozen=True)
class TriggerRule:
    """One reading of a surface form: its type, part of speech and context conditions."""

    event_type: str
    pos: Pos
    lemma: str
    tense: str  # "base", "3sg", "past", "pp", "ing" for verbs, "sg"/"pl" for nouns
    requires: tuple[str, ...]
    excludes: tuple[str, ...]


@dataclass(frozen=True)
class Trigger:
    """A cue in a sentence; offsets relative to the sentence."""

    start: int
    end: int
    text: str
    event_type: str
    pos: Pos
    lemma: str
    tense: str


@dataclass(frozen=True)
class _Compiled:
    rules: dict[str, list[TriggerRule]]  # lower-case surface form -> its readings
    by_first_word: dict[str, list[tuple[str, ...]]]  # first word -> surface forms as words, longest first


_SPELLINGS = (("ize", "ise"), ("ization", "isation"), ("yze", "yse"), ("our", "or"), ("ence", "ense"))


def spelling_variants(word: str) -> list[str]:
    """British and American spellings of a cue: "nationalize"/"nationalise", "mobilization"/"mobilisation",
    "defence"/"defense", "honour"/"honor"."""
    out = [word]
    for a, b in _SPELLINGS:
        for x, y in ((a, b), (b, a)):
            if word.endswith(x) and len(word) > len(x) + 1:
                out.append(word[: -len(x)] + y)
    return out


def _expand_classes(words: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for w in words:
        out.extend(WORD_CLASSES[w[1:]] if w.startswith("@") else (w,))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=2)
def _compiled(fallback: bool = False) -> _Compiled:
    """The primary LEXICON, or the FALLBACK lexicon consulted for sentences where the primary finds nothing."""
    rules: dict[str, list[TriggerRule]] = {}
    for event_type, cues in (FALLBACK if fallback else LEXICON).items():
        for cue in cues:
            kind, _, spec = cue.partition(":")
            requires: tuple[str, ...] = ()
            excludes: tuple[str, ...] = ()
            if ">" in spec:
                spec, _, req = spec.partition(">")
                requires = _expand_classes(req.split("|"))
            if "<" in spec:
                spec, _, exc = spec.partition("<")
                excludes = _expand_classes(exc.split("|"))
            words = spec.split()
            if kind == "v":
                for lemma in spelling_variants(words[0]):
                    for form, tense in verb_forms(lemma).items():
                        surface = " ".join([form] + words[1:])
                        rule = TriggerRule(event_type, "verb", spec, tense, requires, excludes)
                        if rule not in rules.get(surface, []):
                            rules.setdefault(surface, []).append(rule)
            else:
                for variant in spelling_variants(spec):
                    for i, form in enumerate(noun_forms(variant)):
                        rule = TriggerRule(event_type, "noun", spec, "sg" if i == 0 else "pl", requires, excludes)
                        if rule not in rules.get(form, []):
                            rules.setdefault(form, []).append(rule)
    by_first_word: dict[str, list[tuple[str, ...]]] = {}
    for surface in rules:
        words = tuple(surface.split())
        by_first_word.setdefault(words[0], []).append(words)
    for forms in by_first_word.values():
        forms.sort(key=len, reverse=True)
    return _Compiled(rules, by_first_word)


_TOKEN = re.compile(r"\w+(?:-\w+)*")


def _matches(sentence: str, compiled: _Compiled) -> list[list[tuple[int, int, str]]]:
    """Surface forms on word boundaries (a hyphen joins words), one pass: for each position where any
    form starts, every form that fits there, longest first."""
    tokens = [
        (m.start(), m.end(), m.group(0).lower())
        for m in _TOKEN.finditer(sentence)
        if not (m.start() > 0 and sentence[m.start() - 1] == "-")  # "U.S.-backed" is one word, not "backed"
    ]
    out: list[list[tuple[int, int, str]]] = []
    for i in range(len(tokens)):
        here = []
        for words in compiled.by_first_word.get(tokens[i][2], ()):
            n = len(words)
            window = tokens[i : i + n]
            if len(window) == n and all(tok[2] == w for tok, w in zip(window, words)) and all(
                sentence[window[k][1] : window[k + 1][0]] == " " for k in range(n - 1)
            ):
                here.append((window[0][0], window[-1][1], sentence[window[0][0] : window[-1][1]]))
        if here:
            out.append(here)
    return out


_WORD = re.compile(r"[\w'-]+")
_DETERMINERS = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|these|those|any|no|of)\s+(?:[\w-]+\s+)?)$", re.I)
_NOUN_CONTEXT = re.compile(
    r"(?:\b(?:\w+(?:ing|al|ous|ive|ful|ic|ed|ary|ern|ese|ian|ish)|new|serious|grave|deep|strong|further|"
    r"more|many|several|two|three|military|joint|peace|air|missile|drone|border|trade|arms|troop|security|"
    r"heavy|fierce|intense|renewed|sporadic|fresh|bloody|deadly|direct|high-level|bilateral|"
    r"with|about|over|amid|against|after|before|during|for|from|into|on|in|of|by|to|and|or)\s+)$|^\s*$|[,(:“\"]\s*$",
    re.I,
)
_RIGHT_AFTER_DETERMINER = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|my|your|this|these|those)\s+"
    r"(?:(?:\w+(?:ed|ing|al|ous|ive|ful|ic|ent|ant|est|ary|ible|able|ish|less)|new|surprise|latest|first|last|big|"
    r"major|bold|fresh|recent|rare|final|joint|key|main)\s+){0,2}$",
    re.I,
)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|on|from|into|of|with|for|by|under|near|inside|outside)\s+(?:[A-Z][\w-]*\s+)?$"
)
_INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.I)
_MODAL_OR_AUX = re.compile(
    r"\b(?:will|would|could|can|may|might|must|should|shall|to|did|does|do|not|n't|never)\s+(?:\w+ly\s+)?$", re.I
)


def _window_words(text: str, start: int, end: int, before: int, after: int) -> tuple[list[str], list[str]]:
    left = [w.lower() for w in _WORD.findall(text[max(0, start - 120) : start])][-before:] if before else []
    right = [w.lower() for w in _WORD.findall(text[end : end + 160])][:after]
    return left, right


_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.I)


def _requirement_distance(rule: TriggerRule, sentence: str, start: int, end: int) -> int | None:
    """How many words from the cue its nearest required context word is; None when none is there."""
    passive = rule.pos == "verb" and rule.tense in ("pp", "past") and bool(_PASSIVE_AUX.search(sentence[max(0, start - 40) : start]))
    left, right = _window_words(sentence, start, end, _REQ_WINDOW if passive else 4, _REQ_WINDOW)
    distances = [i for i, w in enumerate(right) if w in rule.requires]
    if rule.pos == "noun" or passive:
        distances += [len(left) - 1 - i for i, w in enumerate(left) if w in rule.requires]
    joined = " " + " ".join(right) + " "
    for phrase in (x for x in rule.requires if " " in x):  # "state of emergency", "martial law"
        at = joined.find(f" {phrase} ")
        if at >= 0:
            distances.append(joined[:at].count(" "))
    return min(distances) if distances else None


def _excluded(rule: TriggerRule, sentence: str, start: int, end: int) -> bool:
    if not rule.excludes:
        return False
    left, right = _window_words(sentence, start, end, _EXC_WINDOW, _EXC_WINDOW)
    near = left[-_EXC_WINDOW:] + right[:_EXC_WINDOW]
    if any(" " in x and x in sentence[max(0, start - 40) : end + 40].lower() for x in rule.excludes):
        return True
    return any(w in rule.excludes for w in near if " " not in w)


def _specificity(rule: TriggerRule, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """None when the rule does not apply here; else a sort key: a cue whose context is spelled out is more
    specific, and the nearer that context the better ("scaled back its diplomatic presence" is about diplomats
    before it is about a presence)."""
    if _excluded(rule, sentence, start, end):
        return None
    if not rule.requires:
        return (1, 0)
    distance = _requirement_distance(rule, sentence, start, end)
    return None if distance is None else (0, distance)


def _choose_rule(candidates: list[TriggerRule], sentence: str, start: int, end: int) -> TriggerRule | None:
    """Pick verb or noun reading of a surface form ("attack", "talks", "aid") from its left context."""
    keyed = [(key, i, r) for i, r in enumerate(candidates) if (key := _specificity(r, sentence, start, end)) is not None]
    if not keyed:
        return None
    applicable = [r for _, _, r in sorted(keyed, key=lambda x: x[:2])]
    verbs = [r for r in applicable if r.pos == "verb"]
    nouns = [r for r in applicable if r.pos == "noun"]
    if verbs and not nouns and verbs[0].tense in ("base", "3sg") and (
        _RIGHT_AFTER_DETERMINER.search(sentence[max(0, start - 20) : start])
        or _AFTER_PREPOSITION.search(sentence[max(0, start - 40) : start])
    ):
        return None  # "lay down their arms", "the supply", "in Israeli jails": a noun spelled like the verb
    if verbs and nouns:
        left = sentence[max(0, start - 120) : start]
        if _MODAL_OR_AUX.search(left):
            return verbs[0]
        if _DETERMINERS.search(left) or _NOUN_CONTEXT.search(left):
            return nouns[0]
        return verbs[0]
    return applicable[0]


_SCORE_AFTER = re.compile(r"^\s+(?:[\w.'’-]+\s+){0,3}\d{1,2}-\d{1,2}\b(?!\s*(?:year|month|day|week))")

_DAY_AFTER = re.compile(
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|the phone|the telephone)\b"
)


def find_triggers(sentence: str) -> list[Trigger]:
    """Event cues in one sentence, left to right, with their PLOVER type. The wider fallback vocabulary is
    consulted only when the primary lexicon finds nothing in the sentence."""
    return _find_triggers(sentence, _compiled()) or _find_triggers(sentence, _compiled(fallback=True))


def _find_triggers(sentence: str, compiled: _Compiled) -> list[Trigger]:
    out: list[Trigger] = []
    covered = 0  # leftmost-longest: a form that applies hides the shorter ones inside it
    for alternatives in _matches(sentence, compiled):
        if alternatives[0][0] < covered:
            continue
        for start, end, surface in alternatives:  # longest first; a shorter form when the longer one's context fails
            if surface == "March" and start > 0:
                break  # the month ("rose 3 percent in March")
            candidates = compiled.rules[surface.lower()]
            if re.fullmatch(r"call(?:s|ed|ing)? on", surface, re.I) and _DAY_AFTER.match(sentence[end:]):
                out.append(Trigger(start, start + surface.index(" "), surface.split()[0], "CONSULT", "verb", "call", "past"))
                covered = end
                break
            rule = _choose_rule(candidates, sentence, start, end)
            if rule is not None and rule.event_type == "ASSAULT" and _SCORE_AFTER.match(sentence[end : end + 40]):
                rule = None  # "Brazil beat Argentina 2-1": a match, not an attack
            if rule is None:
                continue
            out.append(Trigger(start, end, surface, rule.event_type, rule.pos, rule.lemma, rule.tense))
            covered = end
            break
    return out
