"""Fallback event cues: a second, wider vocabulary for the PLOVER types, used after the primary lexicon.

This lexicon is consulted only for sentences in which the primary `triggers.LEXICON` finds no cue at all. It
widens vocabulary coverage with the many other verbs, phrasal verbs, idioms and event nouns that news writers
use for each of the 16 PLOVER types (journalistic synonyms, British and American spellings), written from
the CAMEO categories as the CAMEO-to-PLOVER codebook maps them:

- AGREE      every "express intent to ..." (cooperate, aid, reform, yield, meet, settle, mediate) and
             agreements reached, signed, sealed, accepted;
- CONSULT    meetings, visits made and hosted, telephone and video calls, mediation, negotiation;
- SUPPORT    praise, endorsement, verbal defence, rallying support, recognition, apology, forgiveness;
- COOPERATE  material (economic, military, judicial, intelligence) cooperation;
- AID        economic, military and humanitarian aid, protection, asylum;
- CONCEDE    yielding: easing restrictions, acceding to demands, leaders stepping down, U-turns;
- RETREAT    releasing persons and property, allowing international involvement, de-escalation,
             ceasefires, disarmament, withdrawal, surrender;
- REQUEST    demands, appeals and pressure of any kind;
- ACCUSE     investigation, criticism, accusation, official complaints, lawsuits, guilty verdicts;
- REJECT     rejection, refusal, defiance, vetoes, walking away from agreements;
- THREATEN   threats, ultimatums, warnings, sabre-rattling;
- PROTEST    demonstrations, strikes, boycotts, hunger strikes, obstruction, riots;
- MOBILIZE   raising alert status, mobilizing and massing forces, shows of force, weapons tests;
- SANCTION   reducing or breaking relations, cutting aid, halting talks, expelling diplomats and missions;
- COERCE     arrests, bans, curfews, censorship, seizures, deportations, occupation, blockades, and imposing
             embargoes or sanctions (CAMEO 163);
- ASSAULT    violence of every kind, including destroying property and expelling a population.

Same cue syntax as `triggers.LEXICON` (see the `triggers` module docstring): "v:" verb lemma (a phrasal verb
inflects its first word), "n:" noun, optional "<excludes" before ">requires", "@class" names from
`triggers.WORD_CLASSES`; British and American spellings ("-ize"/"-ise", "-our"/"-or") come from
`triggers.spelling_variants` when the cues are compiled, so each cue is written once. A cue whose word is ambiguous carries context conditions; bare cues are kept to words
that are political in nearly every use. No cue repeats a primary cue (same part of speech and lemma) of the
same type. `FALLBACK_IRREGULAR` gives past tense and past participle of the irregular verbs used here that
`triggers.IRREGULAR` lacks (keyed, like that table, by the verb's first word).
"""

from __future__ import annotations

# Context lists shared by several cues.
_DEAL = (
    "deal|agreement|accord|pact|treaty|memorandum|mou|protocol|truce|ceasefire|cease-fire|armistice|compact|"
    "charter|convention|declaration|settlement|bargain|framework|roadmap|understanding"
)
_VIOLENT = (
    "fight|war|attack|crush|destroy|retaliate|revenge|avenge|punish|eliminate|wipe|hit|strike|kill|defeat|target|"
    "annihilate|bomb|invade|retaliation|vengeance|retribution|reprisal|reprisals|liquidate|exterminate|smash|"
    "obliterate|raze|flatten|hunt|bury|teach"
)
_INTENT = (
    "cooperate|negotiate|mediate|sign|ratify|join|resume|release|free|withdraw|lift|ease|assist|reform|restore|"
    "reopen|allow|permit|extradite|compensate|normalize|normalise|reconcile|talks|dialogue|pardon|amnesty"
)
_LEADER = (
    "president|minister|prime|delegation|counterpart|counterparts|leader|leaders|envoy|king|queen|prince|premier|"
    "chancellor|visitors|visiting|secretary|ambassador|emir|sheikh|sultan|pope|chairman|head of state|dignitaries"
)
_MEETING = "talks|summit|meeting|meetings|negotiations|conference|consultations|session|dialogue"
_CAPTIVES = (
    "prisoners|prisoner|hostages|hostage|detainees|detainee|captives|captive|pows|crew|crews|sailors|fishermen|"
    "activists|journalists|journalist|soldiers|nationals|citizens|dissidents|inmates|abductees|students|schoolgirls"
)
_CRITICISM_OBJ = (
    "decision|move|plan|plans|policy|policies|government|proposal|remarks|comments|statement|handling|response|"
    "ruling|law|bill|regime|president|minister|leadership|approach|stance|deal|budget|crackdown"
)
_TARGETS = (
    "critics|opposition|rivals|media|press|officials|leaders|party|parties|army|police|west|nato|eu|un|china|russia|"
    "america|washington|beijing|moscow|president|minister|government|regime|decision|plan|policy|proposal|remarks|"
    "comments|budget|deal|handling"
)
_LABELS = (
    "illegal|unlawful|illegitimate|provocation|provocative|unacceptable|outrageous|shameful|disgraceful|disgrace|"
    "irresponsible|barbaric|criminal|heinous|cowardly|aggression|terrorism|terrorist|genocide|violation|reckless|"
    "hostile|racist|unjust|absurd|lies|propaganda|hypocritical|hypocrisy|sham|farce"
)
_WEATHER = (
    "storm|storms|hurricane|typhoon|cyclone|winds|waves|rain|rains|flood|floods|flooding|snow|blizzard|quake|"
    "earthquake|tornado|tornadoes|twister|tsunami|landslide|wildfire|wildfires|blaze"
)
_ARTS = (
    "film|films|movie|movies|novel|novelist|album|book|books|author|director|actor|actress|series|show|artist|band|"
    "critically|restaurant|chef|writer|play|critics|critic|documentary|singer|literary|painter|poet|poem|song|songs|"
    "fans|beauty|landscape|countryside"
)
_SPORT = (
    "team|teams|players|player|match|game|half|season|goal|goals|coach|club|defence|defense|league|cup|referee|race"
)
_BUILT = (
    "homes|houses|buildings|village|villages|town|towns|neighbourhood|neighbourhoods|neighborhood|neighborhoods|"
    "city|cities|district|districts|mosque|mosques|church|churches|hospital|hospitals|school|schools|camp|camps|"
    "refugee camp|ground|settlement|settlements|hamlet|hamlets"
)
_POLICY = (
    "policy|law|tax|taxes|levy|proposal|reform|reforms|bill|rule|rules|decree|ban|curfew|increase|hike|subsidy cut|"
    "legislation"
)
_PLACES = (
    "town|towns|city|cities|village|villages|capital|province|district|region|territory|area|port|airport|base|"
    "bases|stronghold|strongholds|outpost|outposts|neighbourhood|neighborhood|suburb|suburbs|island|islands"
)

FALLBACK: dict[str, tuple[str, ...]] = {
    "AGREE": (
        f"v:ink>{_DEAL}", f"v:seal>{_DEAL}|alliance|partnership", f"v:clinch>{_DEAL}|compromise",
        f"v:hammer out>{_DEAL}|compromise|text|terms|details|plan|formula",
        "v:thrash out>deal|agreement|accord|compromise|differences|terms|settlement",
        "v:iron out>differences|deal|agreement|compromise|details|terms|disagreements|disputes", f"v:pen>{_DEAL}",
        "v:forge>deal|agreement|accord|pact|treaty|truce|consensus|compromise|settlement",
        f"v:nail down>{_DEAL}|terms|details", f"v:finalize>{_DEAL}|terms|text|details", "v:countersign",
        f"v:co-sign>{_DEAL}", f"v:sign off on>{_DEAL}|plan|proposal|compromise|package", "v:sign onto",
        "v:give>green light|green-light|go-ahead|nod|approval|assent|consent|blessing to", "n:go-ahead",
        "n:green light>for|to|from|given|gave|give|gives|granted|won|received", "v:greenlight", "v:green-light",
        "v:rubber-stamp", "v:assent", "n:assent",
        "v:come to terms<loss|death|grief|past|reality|defeat|trauma|fact|idea|diagnosis|legacy|history|"
            "illness>on|over|with",
        "v:make peace<neighbours|neighbors|family|past|himself|herself|themselves|god|fate|death|loss|illness|body",
        "v:bury>hatchet", "v:patch up>differences|relations|ties|quarrel|rift|dispute|row|feud",
        f"v:intend<is|was>{_INTENT}", f"v:plan>{_INTENT}",
        "v:reiterate>commitment|willingness|readiness|pledge|intention|intent|resolve|promise",
        "v:reaffirm>willingness|readiness|pledge|intention|intent|promise",
        "v:declare>willingness|readiness|intention|intent", "v:state>willingness|readiness|intention|intent",
        "v:indicate>willingness|readiness|intention|intent|openness|preparedness",
        "v:voice>willingness|readiness|openness|preparedness", "n:preparedness>to",
        "v:confirm>willingness|readiness|commitment|participation|intention|attendance", "v:volunteer>to",
        "n:undertaking>not|gave|given|give|gives|offered|formal|written|binding",
        "n:guarantee>security|safety|that|gave|given|give|offered|provide|provided|written",
        "n:overture<opera|symphony|orchestra|music|concert|composer|ballet|mozart|rossini|wagner|musical",
        "n:olive branch", "n:peace plan", "n:peace initiative", "n:peace roadmap", "n:peace blueprint",
        "n:counterproposal", "n:counter-proposal", "n:counteroffer", "n:counter-offer", "v:counter-propose",
        "v:table>proposal|plan|offer|peace|draft|resolution|initiative|compromise",
        "v:put forward>proposal|plan|offer|initiative|idea|peace|roadmap|formula|blueprint|compromise",
        "v:float>idea|proposal|plan|offer|initiative|compromise|swap",
        "v:moot>idea|proposal|plan|talks|meeting|summit|swap|exchange|compromise",
        "v:unveil>peace|ceasefire|truce|reforms|roadmap",
        "v:suggest>talks|meeting|ceasefire|truce|compromise|dialogue|summit|swap|exchange|mediation",
        "v:pass>resolution|resolutions",
        "v:adopt>resolution|declaration|communique|communiqué|roadmap|framework|convention|charter|accord",
        "v:embrace>plan|proposal|deal|offer|roadmap|framework|initiative|ceasefire|truce|compromise",
        "v:take up>offer|invitation|proposal",
        "v:go along with>plan|proposal|deal|demand|demands|idea|request|compromise",
        "v:join>treaty|accord|convention|protocol|ceasefire|truce|pact|agreement",
        "n:signing<club|striker|transfer|fee|midfielder|defender|player|season|league|goalkeeper|forward|"
            "coach>deal|agreement|accord|pact|treaty|memorandum|mou|protocol|truce|ceasefire|armistice|charter|"
            "convention|declaration|ceremony",
        "n:understanding>reached|between", "n:mou", "n:entente",
        "n:settlement<israeli|jewish|settlers|settler|construction|homes|outpost|outposts|housing|illegal|"
            "west bank>negotiated|peace|political|reached|dispute|conflict|diplomatic",
        f"n:vow<{_VIOLENT}>to", "n:joint declaration", "n:joint communique", "n:joint communiqué",
    ),
    "CONSULT": (
        "n:parley", "v:parley", "n:confab", "n:powwow", "n:tete-a-tete", "n:tête-à-tête",
        "n:huddle>with|between|leaders|ministers|officials", f"v:entertain>{_LEADER}", f"v:fete>{_LEADER}",
        "v:jet off", "v:jet in>for|to|talks|visit", f"v:head>{_MEETING}|delegation|visit",
        f"v:leave for>{_MEETING}|visit", f"v:depart for>{_MEETING}|visit",
        "v:embark on>visit|tour|trip|talks|round|visits", f"v:chat>phone|telephone|video|{_LEADER}",
        "n:chat>phone|telephone|video", f"v:converse>{_LEADER}", "v:deliberate>on|over|with", "n:deliberations",
        "n:conclave", "n:peace conference", "n:international conference", "n:ministerial conference",
        "n:exchange of views", "n:exchange of letters",
        "n:audience>with the|with pope|with king|with queen|with emperor|with president|with the pope|"
            "with the king|with the queen",
        "v:caucus>with", "n:get-together", "n:one-on-one>with|meeting|talks", "n:bilateral>with|sidelines",
        "n:sidelines>summit|assembly|forum|conference|talks|meeting|meetings|session",
        "v:engage with>@envoys|government|regime|taliban|opposition|rebels|militants|junta|authorities|officials|"
            "counterparts|leaders|leader|president|minister|kremlin|beijing|tehran|pyongyang|moscow|washington",
        f"v:reach out to>{_LEADER}|government|regime|opposition|rebels|junta|authorities|officials|kremlin|beijing|tehran|pyongyang|moscow|washington",
        "v:liaise>with", "n:videoconference", "n:video conference", "n:video-conference", "n:teleconference",
        "n:videocall", "n:phone conversation", "n:telephone conversation", f"n:conversation>{_LEADER}|between",
        "v:bargain>with|over", "v:haggle>deal|terms|agreement|text|wording|details|ceasefire|truce|treaty|accord",
        "n:bargaining>table|talks|position|session|sessions|round", "v:arbitrate", "v:intercede", "n:good offices",
        "n:back-channel", "n:backchannel", "n:back channel", "n:contact>between",
        "n:contacts<lost|lose|losing|physical|skin|eye|sexual|close|tracing|virus|infected|patients|patient|"
            "disease|family|relatives|list|book|details|email|phone>between|with officials|with the|with leaders|"
            "with rebels|with the taliban|with hamas|with moscow|with beijing|with washington|with tehran|with kyiv",
        "v:make contact>with", "v:establish contact", "n:round-table", "n:roundtable", "v:sound out",
        "v:compare notes", f"v:conduct>{_MEETING}", f"v:chair>{_MEETING}", f"v:co-chair>{_MEETING}",
        f"v:preside over>{_MEETING}", f"v:participate in>{_MEETING}", f"v:take part in>{_MEETING}",
        "v:return to>talks|negotiations|table|dialogue", "n:intermediary>between|with|talks",
    ),
    "SUPPORT": (
        "v:acclaim<" + _ARTS, "v:compliment", "v:eulogize<" + _ARTS, "v:lionize<" + _ARTS, "v:pay homage",
        "n:homage", "n:tribute>paid|pay|pays|paying", "n:plaudits", "v:heap>praise|accolades|plaudits",
        "v:shower>praise|accolades",
        "v:convey>condolences|congratulations|thanks|gratitude|greetings|support|solidarity|sympathy|"
            "appreciation|wishes",
        "v:send>condolences|congratulations|greetings|wishes|message of support|message of condolence|"
            "message of solidarity",
        "n:message of condolence", "n:congratulatory message", "n:congratulatory letter", "v:stand behind",
        "v:stick by", "v:line up behind", "v:close ranks>behind|around", "v:stick up for", "n:rapprochement",
        "n:détente", "n:detente", "n:thaw>relations|ties|between", "n:normalization>relations|ties",
        "v:improve>ties|relations", "v:cement>ties|relations|friendship|alliance|partnership|bond|bonds",
        "v:bolster>ties|relations|friendship", "v:mend>ties|relations|fences|rift", "v:reset>relations|ties",
        "v:say sorry", "v:atone", "n:mea culpa", "v:make amends", "n:forgiveness", "v:let bygones", "v:co-sponsor",
        "v:cosponsor", "v:align>itself|themselves|himself|herself", "n:vote of confidence", "n:gesture of goodwill",
        "n:goodwill gesture", "v:commiserate>with", "v:condole", "v:swear>allegiance|loyalty|fealty",
        "n:allegiance>to|pledged|swore|sworn|pledge",
    ),
    "COOPERATE": (
        "v:partner<trading|business|coalition|junior|senior|strategic|key|close|major|reliable|main|biggest|"
            "largest>with",
        "v:link up>with", "v:join hands", "v:ally>with|itself|themselves", "v:work closely",
        "v:synchronize>efforts|operations|policies",
        "v:harmonize>policies|regulations|standards|rules|laws|positions",
        "v:import>gas|oil|crude|lng|grain|coal|electricity|uranium|wheat", "n:customs union", "n:interoperability",
        "n:joint training", "n:joint military training", "n:joint drill", "n:joint naval exercise", "n:joint force",
        "n:joint command", "n:joint research", "n:joint development", "n:joint exploration", "n:combined exercise",
        "n:combined exercises",
        "v:turn over>suspect|suspects|fugitive|fugitives|militant|militants|wanted|criminal|criminals|convict|"
            "convicts",
        "n:handover>suspect|suspects|fugitive|fugitives|wanted",
        "v:swap>intelligence|information|data|notes|expertise",
        "v:pass on>intelligence|information|tip|tips|details|data", "n:information sharing",
        "n:information-sharing", "n:intelligence-sharing", "n:data sharing", "n:data-sharing",
        "n:intelligence exchange", "v:co-develop", "v:co-produce", "v:unite>against|to fight|forces|efforts",
        "v:form>alliance|coalition|bloc|partnership|joint|front",
        "v:enter into>alliance|partnership|coalition|venture|cooperation",
        "v:forge>alliance|partnership|ties|coalition|links", "v:train alongside", "v:train together",
        "v:exercise together", "v:drill>together|jointly|alongside", "n:economic corridor", "n:free-trade zone",
        "n:trade corridor", "v:integrate>grids|markets|economies|forces|militaries",
    ),
    "AID": (
        "v:ferry>@aid|@personnel|refugees|evacuees|wounded|injured|civilians|migrants",
        "v:channel>aid|assistance|funds|money|billion|million|weapons|arms|cash|supplies",
        "v:pump<investors|investor|stocks|shares|market|markets|startups|start-ups|tech|bonds|property|bitcoin|"
            "crypto|venture>aid|assistance|money|billion|million|funds|cash|weapons|arms",
        "v:pour<investors|investor|stocks|shares|market|markets|startups|start-ups|tech|bonds|property|bitcoin|"
            "crypto|venture>aid|assistance|billion|million|money|funds|cash|weapons|arms",
        "v:prop up>regime|government|economy|currency|president|army|dictator|junta", "v:co-fund", "v:co-finance",
        "v:gift>@aid|@weapons", "v:hand out>@aid", "v:dole out>@aid",
        "v:dispense>aid|assistance|relief|food|supplies|rations|humanitarian", "v:parachute>@aid", "v:air-drop",
        "n:airdrop", "n:air drop", "n:air-drop", "n:air bridge", "n:airbridge", "n:protection force",
        "n:stabilization force", "n:stabilisation force", "n:naval escort",
        "v:harbour>fugitive|fugitives|refugees|dissidents|militants|terrorists|rebels|leader|exiles",
        "n:sanctuary>offered|granted|gave|given|give|offer|grant|provided|provide|offers|grants",
        "n:safe haven>offered|granted|gave|given|give|offer|grant|provided|provide", "n:financial lifeline",
        "n:economic lifeline", "n:rescue package", "n:credit facility", "n:field hospital", "n:field hospitals",
        "v:rebuild>homes|houses|schools|hospitals|villages|infrastructure|mosques|churches",
        "v:house<white|representatives|lords|commons|speaker|opinion|guest|safe|lower|upper|state|publishing|"
            "auction|fashion|senate|full>refugees|migrants|displaced|evacuees|asylum",
        "v:accommodate>refugees|migrants|displaced|evacuees|asylum", "v:medevac", "v:medivac", "n:medevac",
        "v:rearm>rebels|militia|militias|fighters|allies|opposition|insurgents|proxies", "v:resupply",
        "n:resupply>of|to|mission|missions|flight|flights|convoy|convoys", "v:furnish>@weapons|@aid|intelligence",
        "n:arms sale", "n:military package", "n:military support", "n:financial support",
        "v:support>militarily|financially|with weapons|with arms|with money|with troops",
        "v:help>rebuild|evacuate|reconstruct|feed|refugees|victims|displaced|survivors|flood|earthquake|quake",
        "v:cancel>debt|debts", "v:reschedule>debt|debts|loans|repayments", "v:restructure>debt|debts|loans",
        "n:debt forgiveness", "n:debt cancellation", "n:debt restructuring", "n:debt write-off", "n:food parcel",
        "n:food parcels", "n:food rations", "n:handout>cash|food|aid|government|state",
    ),
    "CONCEDE": (
        "v:buckle>under pressure|pressure|demands", "v:knuckle under", "v:fold>under pressure",
        "v:cave>to|under|pressure", "v:submit to>demands|pressure|demand|will|authority",
        "v:moderate>stance|position|demands|tone|rhetoric",
        "v:water down>bill|law|plan|proposal|reform|demands|measures|rules|legislation|requirements", "v:u-turn",
        "n:volte-face", "n:about-face", "v:backpedal", "v:back-pedal", "v:retract", "n:retraction", "v:recant",
        "v:loosen>restrictions|rules|controls|grip|curbs|ban|censorship|measures",
        "v:liberalize>rules|restrictions|laws|law|media|press|visa|controls|regime|abortion|economy|trade",
        "v:decriminalize", "n:clemency", "n:reprieve", "v:reprieve", "v:step aside", "v:bow out",
        "v:hand in>resignation|notice", "v:tender>resignation|resignations", "v:submit>resignation|resignations",
        "n:resignation",
        "v:sack>minister|ministers|commander|cabinet|government|governor|prosecutor|army chief|police chief|"
            "intelligence chief|spy chief",
        "v:reshuffle>cabinet|government",
        "v:authorize>rally|protest|march|demonstration|opposition|party|gathering",
        "v:register>party|parties|opposition|ngo|union",
        "v:give>concessions|autonomy|independence|voting rights|self-rule",
        "v:heed>calls|demands|call|demand|appeal|appeals|warnings|protesters|advice",
        "v:address>grievances|demands", "v:give ground",
        "v:admit>defeat|mistake|mistakes|error|errors|wrongdoing|guilt|failure|failures",
        "v:acknowledge>defeat|mistake|mistakes|error|errors|wrongdoing|failure|failures", "v:throw in the towel",
        "v:back off<highs|high|record|percent|prices|shares|stocks|yields|markets|index|dollar",
        "v:compromise>on|over", "v:defer to", "v:mothball>" + _POLICY, "v:ditch>" + _POLICY, "v:axe>" + _POLICY,
        "v:jettison>" + _POLICY, "v:pause>implementation|executions|deportations|evictions|demolitions",
        "v:halt>deportations|evictions|demolitions|executions|settlement|settlements|demolition",
        "v:stop>deportations|demolitions|executions|evictions|demolition",
        "n:moratorium>executions|death|evictions|deportations|demolitions|construction|settlement|settlements",
        "v:reconnect>internet|mobile|phone lines|social media",
    ),
    "RETREAT": (
        f"v:let go>{_CAPTIVES}|@personnel", "v:parole",
        "n:handover>power|control|territory|base|bases|city|town|region|remains|bodies|sovereignty|positions",
        "n:hand-over>power|control|territory|base|bases|city|town|region|remains|bodies|sovereignty",
        f"v:send home>{_CAPTIVES}", "v:give back>territory|land|control|islands|island|property|bodies|remains",
        "v:turn over>control|territory|power|base|bases|positions|city|weapons|arms|town",
        "n:humanitarian corridor", "n:safe passage", "n:humanitarian pause",
        "v:open<is|remains|remained|remain|stay|stays|stayed|wide>corridor|corridors|crossing|crossings|airspace",
        "v:de-escalate", "v:deescalate", "n:de-escalation", "n:deescalation",
        "v:defuse>tensions|tension|crisis|standoff|stand-off|situation|row", "v:calm>tensions|tension",
        "v:reduce>troops|forces|presence|tension|tensions|garrison|troop",
        "v:scale down>operations|presence|forces|troops|military|deployment|offensive",
        "v:wind down>operations|mission|presence|offensive|military|war|campaign|deployment",
        "v:downsize>military presence|troops|forces|garrison|contingent", "n:troop reduction", "n:troop reductions",
        "n:troop cut", "n:troop cuts", "n:stand-down", "n:standdown", "v:hold fire", "v:stop firing",
        "v:put down>arms|weapons", "v:turn in>weapons|arms|guns|rifles", "v:hand in>weapons|arms|guns|rifles",
        "n:decommissioning", "v:scrap>warheads|arsenal|missiles|stockpile|stockpiles|nuclear|chemical",
        "v:denuclearize", "n:denuclearization", "n:demobilization", "n:demilitarization",
        "v:turn>himself in|themselves in|herself in",
        "v:fall back<percent|points|per cent|level|levels|lows|low|prices|price|shares|index|yields|rate|rates|"
            "inflation|dollar|earth|sleep|asleep|plan>positions|lines|defensive|towards|toward|trenches|retreat|"
            "retreating|retreated|capital",
        "v:give himself up", "v:give themselves up", "v:give herself up", "v:disengage", "n:disengagement",
        "v:lower>tariffs|duties", "v:cut>tariffs|duties", "v:slash>tariffs|duties",
        "v:waive>tariffs|duties|visa|visas", "n:pull-back",
    ),
    "REQUEST": (
        "v:pressurize>to|into", "v:lean on", "v:prevail on", "v:prevail upon", "v:impress upon", "v:impress on",
        "v:nudge<percent|cents|points|higher|lower|up|down|shares|prices|index|rate|rates>to|toward|towards|into",
        "v:clamour for", "v:agitate for",
        "v:campaign for>release|end|abolition|return|change|reform|reforms|rights|independence|justice|"
            "withdrawal|removal|resignation|repeal|freedom",
        "n:entreaty", "n:exhortation", "n:clamour>for",
        "n:push>for a|for an|for the|for greater|for more|for talks|for peace|for reform|for reforms|"
            "for independence|for democracy|for sanctions|for change|for release|for his|for their|for its",
        "v:advise>citizens|nationals|residents|public|travellers|travelers|against travel|against all|tourists|"
            "government to|governments|member states|countries|israel|iran|russia|china|ukraine",
        "v:counsel>restraint|caution|patience|calm|against", "v:turn up>heat|pressure",
        "n:pressure<under|blood|air|water|high|low|inflationary|price|prices|downward|upward|cost|costs|peer|"
            "time|tyre|tire|oil|cabin|atmospheric|selling|buying|wage|competitive|market|currency|fiscal|budget>to",
        "v:enjoin>to",
        "v:file>asylum claim|asylum application|application for asylum|request for asylum|extradition request|"
            "claim for compensation|request for extradition",
        "v:issue>call|calls|plea|pleas|appeal|appeals",
        "n:call<phone|telephone|video|conference|roll|close|wake-up|judgment|judgement|referee|wake|prayer|"
            "function|method>to end|to stop|to halt|to release|to free|to lift|to resume|to boycott|to join|to arms|"
            "to action|to withdraw|to allow|to open|to cease|to investigate|to resign|to step down|to protect|"
            "to reform|to ban|to restore|to reject|to oppose|to impose|on the government|on the international|on all|"
            "on world|upon",
        "v:set>preconditions|precondition|conditions for|conditions on|tough conditions|strict conditions",
        "v:cry out for", "v:apply to>join|become|membership",
        "n:bid>to join|for membership|for accession|for admission|for asylum",
        "n:application>for membership|to join|for asylum|for accession", "n:membership bid",
        "v:turn to>for help|for assistance|for support|for aid|for protection|for mediation",
        "v:look to>for help|for protection|for guidance|for assistance",
        "n:campaign for>release|end|abolition|return|reform|reforms|rights|independence|justice|withdrawal|"
            "removal|resignation|repeal",
        "v:lay down>conditions|terms|preconditions|precondition", "v:spell out>conditions|terms|preconditions",
        "v:stipulate>conditions|condition", "v:condition>on|upon", "v:cajole", "v:coax>into|to", "v:goad>into|to",
        "v:badger>into|to|for", "v:importune", "v:hector", "v:arm-twist", "n:arm-twisting", "n:insistence>on|that",
        "n:invitation>to", "n:lobbying>for|to|by", "v:spur>into action|to act|to action",
        "v:press home>demand|demands|case", "n:supplication",
    ),
    "ACCUSE": (
        "v:pillory", "v:rap<music|song|album|rapper|lyrics|star|artist>over|for",
        f"v:slate<to|for|candidates|candidate|nominees|nominee|of|be|open|release|launch|start>{_CRITICISM_OBJ}|as|over",
        f"v:savage>{_CRITICISM_OBJ}|critics|opposition",
        f"v:blast<bomb|explosion|explosive|explosives|dynamite|rocket|rockets|missile|missiles|shell|shells|wall|" f"music|horns|horn|open|away|through|off|hole|holes|rock|furnace|sand|sandblast|speakers>as|for|over|critics|{_CRITICISM_OBJ}",
        "v:take to task", "v:tear into>" + _TARGETS, "v:lay into>" + _TARGETS, "v:round on>" + _TARGETS,
        "v:rail against", "v:inveigh against", "v:fulminate>against|over|at",
        "v:hit back<airstrikes|missiles|rockets|strikes|troops|forces|army|military|shelling>at|against",
        f"v:bash>{_CRITICISM_OBJ}|critics|opposition|media|press|rivals|immigrants|migrants|foreigners|muslims|jews|china|russia|america|west|nato|eu",
        "v:demonize", "v:stigmatize",
        "v:smear<blood|paint|faeces|feces|excrement|oil|grease|cream|lipstick|ointment|mud", "v:slander",
        "v:defame", "v:libel", "v:malign", "v:besmirch", "v:traduce", "v:deride", "v:lampoon", "v:belittle",
        "v:heap>scorn|criticism|blame|opprobrium", "v:sneer at", "v:scoff at", "v:impugn", "v:discredit",
        "v:finger>as|for|culprit|responsible", "v:incriminate", "v:impeach", "n:impeachment", "n:indictment",
        "n:charge sheet", "n:chargesheet", "v:subpoena", "n:subpoena", "v:enquire>into", "n:inquest",
        "v:review>allegations|claims|conduct|incident|killing|killings|abuses|shooting|death|deaths",
        "v:quiz>over|about|suspects|suspect|police", "v:grill>over|about", "v:cross-examine",
        "v:dig into>allegations|claims|deaths|killings|finances|case|abuses|corruption|affairs",
        "v:delve into>allegations|claims|deaths|killings|finances|case|abuses|corruption|affairs",
        "v:reopen>case|cases|file|files", "v:scapegoat", "v:pin>blame|responsibility", "v:lay>blame|responsibility",
        "n:blame>on|for", "v:shift>blame|responsibility", "n:denunciation", "n:rebuke", "n:reprimand", "n:censure",
        "n:tirade", "n:diatribe", "n:broadside>at|against|on", "n:outcry>over|against|after|from|about",
        "n:legal action>against", "n:legal challenge>to|against", "n:case>against", "n:démarche", "n:demarche",
        "v:drag>to court|into court|before the court|before a court|before judges|to the hague", "v:litigate",
        "v:press charges", "v:level>charges|accusations|allegations|criticism|claims|accusation",
        "v:hurl>accusations|insults|abuse|invective|criticism|epithets", "v:sling>mud|insults|accusations|abuse",
        "v:rule>against", f"v:deem>{_LABELS}", f"v:term>{_LABELS}", f"v:describe>{_LABELS}", f"v:dub>{_LABELS}",
        "v:raise>questions|doubts|alarm|objections|objection",
        "v:register>objection|objections|displeasure|disapproval|dismay",
        "v:convey>displeasure|objection|objections|dismay|anger|disapproval", "v:frown on", "v:frown upon",
        "v:take issue with", "v:take exception to", "v:take umbrage", "n:swipe>at",
        "n:jab<vaccine|vaccination|covid|booster|clinic|dose|flu|vaccines>at", "n:potshot", "n:barb>at|against",
        "n:jibe>at|against", "n:gibe>at|against", "v:bristle>at", "v:fume>at|over|about", "n:anger>over|at|about",
        "n:indignation", "n:fury>over|at|about", "n:ire>over|of|at|about", "n:dismay", "n:displeasure",
        "n:disquiet>over|about|at", "n:tongue-lashing", "n:dressing-down", "n:finger-pointing", "n:blame game",
        "n:war of words", "n:slanging match", "n:smear campaign", "v:bemoan",
        "v:suspect>of spying|of involvement|of links|of being|of plotting|of having|of helping|of supporting|"
            "of aiding|of planning|of espionage|of treason|of corruption|of fraud|of terrorism|of murder|of killing|"
            "of masterminding|of orchestrating|of collaborating|of collusion",
        "v:expose>corruption|abuses|wrongdoing|abuse|fraud",
        "v:uncover>corruption|fraud|abuses|plot|wrongdoing|evidence|scheme",
        "v:call out<troops|army|military|guard|police|reservists|soldiers|reserves",
    ),
    "REJECT": (
        "v:brush aside", "v:wave away", "v:wave off", "v:shrug off", "v:laugh off", "v:pooh-pooh",
        "v:nix<unix|linux|platforms|platform|systems|system|os|and",
        "v:scupper>deal|talks|plan|agreement|peace|accord|bid|hopes|efforts|process",
        "v:derail>deal|plan|agreement|process|accord|peace|efforts|negotiations",
        "v:withhold>approval|consent|support|recognition|cooperation|permission|backing", "v:hold out>against",
        "v:stand firm<" + _SPORT + "|prices|price|market|shares|stocks|dollar|currency", "v:stand>ground",
        "v:dig>heels",
        "v:hold firm<" + _SPORT + "|prices|price|shares|stocks|markets|market|yields|currency|dollar|euro|rupee|index|rates",
        "v:stick to>guns|position|stance|demands|hard line|hardline", "v:cling to>power|office|presidency|throne",
        "v:push back>against|on", "n:pushback<migrants|migrant|refugees|refugee|asylum|boats|boat|border",
        "v:blackball", "v:filibuster", "v:stall>bill|legislation|process|deal|plan|nomination|reform|negotiation",
        "v:obstruct>justice|process|vote|bill|reform|legislation|passage|work|inquiry|implementation",
        "v:counter>claim|claims|assertion|assertions|argument|arguments", "v:rebut", "n:rebuttal", "v:debunk",
        "v:discount>reports|claims|possibility|report|suggestions",
        "v:play down>reports|claims|allegations|possibility|speculation|report|suggestions",
        "v:downplay>reports|claims|allegations|possibility|speculation|report|suggestions",
        "v:throw out>case|motion|bill|proposal|claim|lawsuit|suit|plan|charges",
        "v:invalidate>law|election|result|results|ruling|vote|decree|referendum",
        "v:annul>election|result|results|vote|decree|law|referendum|agreement|contract|deal",
        "v:nullify>law|election|result|results|vote|decree|agreement|deal|ruling", "v:cold-shoulder",
        "n:cold shoulder", "v:stand up to", "v:thumb>nose", "v:contravene",
        "v:infringe>sovereignty|airspace|territorial|waters|freedoms|human rights",
        "v:trample>sovereignty|human rights|rights of|freedoms|international law", "v:circumvent",
        "v:renounce>treaty|agreement|claim|deal|accord|pact|violence", "v:abrogate", f"v:tear up>{_DEAL}",
        "v:scrap>deal|agreement|treaty|accord|pact|contract", "v:ditch>deal|treaty|agreement|accord|pact|contract",
        f"v:walk away from>{_DEAL}|talks|negotiations", f"v:exit>{_DEAL}", "v:go back on",
        "v:break>his word|their word|her word|its word|vow|vows", "n:opposition to",
        "n:objection<no|without|any>to|against", "n:non-compliance", "n:defiance",
        "v:skip>summit|talks|meeting|vote|session|ceremony|inauguration",
        "v:sit out>talks|vote|election|summit|meeting|session", "v:disclaim>responsibility|involvement|knowledge",
        "v:distance>itself|himself|herself|themselves|from",
        "v:turn away>ship|boat|vessel|migrants|refugees|asylum-seekers|aid|convoy|boats|ships",
        "v:give short shrift", "n:short shrift", "n:brush-off", "n:rebuff", "n:snub", "n:no-show",
    ),
    "THREATEN": (
        f"v:swear>{_VIOLENT}", f"n:vow>{_VIOLENT}", "v:forewarn", "v:put on notice", "v:serve notice",
        "v:rattle>sabres|sabers|saber|sabre|swords", "n:sabre-rattling", "n:saber-rattling", "n:sabre rattling",
        "n:saber rattling", "v:sabre-rattle", "v:saber-rattle", "v:bully>into", "v:blackmail", "n:blackmail",
        "v:browbeat", "v:strong-arm", "v:terrorize", "n:intimidation",
        "n:red line<train|trains|metro|subway|station|stations|bus|tram|commuters|mbta|service|extension",
        "n:reprisal", "n:retribution", "n:vengeance", "n:revenge",
        "n:consequence>face|faces|facing|faced|dire|severe|grave|serious|unpredictable|catastrophic|unspecified|"
            "unimaginable",
        "v:bare>teeth|fangs",
        "v:wave>gun|guns|weapon|weapons|pistol|pistols|knife|knives|rifle|rifles|machete|machetes|gun at",
        "v:point>gun|guns|rifle|rifles|weapon|weapons|pistol|pistols|missiles|missile",
        "v:aim<policy|plan|talks|reducing|curbing|limiting|reduce|curb|limit|ending|end|preventing|prevent|deal|"
            "agreement|treaty|law|bill|measures|measure|sanctions>missiles|warheads|guns|nuclear",
        "n:rhetoric>bellicose|belligerent|warlike|hawkish|threatening|aggressive|war|fiery|heated|nuclear",
        "n:brinkmanship", "v:cow>submission|silence|into submission|into silence", "v:frighten>into",
        "n:gunboat diplomacy", "n:coercive diplomacy", "n:war drum", "n:drums of war", "n:drumbeat of war",
        "n:scare tactics", "n:brinksmanship", "n:bluster>military|nuclear|war",
        "n:threatening>letter|letters|message|messages|calls|statement", "n:counter-threat", "n:menace>of|to",
    ),
    "PROTEST": (
        "n:stoppage<time|injury|minute|minutes|goal|referee|match|game|tournament|league|fight|round|knockout",
        "n:go-slow", "n:work-to-rule", "n:work slowdown", "n:sickout", "n:sick-out", "n:chakka jam", "n:dharna",
        "n:gherao", "n:rasta roko", "n:rail roko", "n:death fast", "n:fast-unto-death", "v:sew>lips|mouths|mouth",
        "v:self-immolate", "n:self-immolation", "v:immolate",
        "v:set>himself on fire|herself on fire|themselves on fire|himself ablaze|herself ablaze|"
            "themselves ablaze|himself alight|herself alight|themselves alight",
        "v:camp out>outside|in front|protest|demanding|parliament|square|embassy",
        "v:chain>themselves|himself|herself", "v:glue>themselves|hands|himself|herself",
        "v:obstruct>traffic|road|roads|highway|street|streets|entrance|access|motorway|railway",
        "v:pelt>police|stones|eggs|rocks|bottles|tomatoes|officers|motorcade",
        "v:throw>stones|rocks|eggs|bottles|shoes|molotov|petrol|tomatoes|paint|missiles at police",
        "n:stone-throwing", "n:stone-pelting", "n:stone pelting", "n:stone throwing", "n:stone-thrower",
        "n:civil disturbance",
        "n:disturbance<sleep|weather|mental|psychological|emotional|sleeping|atmospheric|seismic|magnetic|"
            "ecological|digestive|visual",
        "n:civil disobedience", "n:agitation", "v:agitate>against|over",
        "n:procession>demanding|against|denouncing|condemning|chanting|slogans|torchlight|torch-lit",
        "n:demo>against|outside|protesters|demonstrators|police|march|thousands|anti-government|students",
        "n:counter-protest", "n:counterprotest", "n:counter-demonstration", "n:counter-rally",
        "n:counter-protester", "n:counterprotester", "n:marcher", "n:picketer",
        "n:strikers<goal|goals|scored|score|football|soccer|club|team|match|penalty|forward|midfielder|signing|"
            "signed|sign|transfer|season|league|cup|coach|manager|fc|united|city|premier",
        "n:hunger striker", "n:hunger-striker", "n:revolt", "n:insurrection", "n:intifada", "v:revolt", "v:rise up",
        "v:rebel>against", "n:mutiny", "v:mutiny",
        "v:stay away from>polls|elections|election|vote|classes|work|school|schools|offices", "n:stayaway",
        "n:stay-away", "v:spoil>ballots|ballot|votes|vote", "n:effigy", "v:wave>placards|banners|posters",
        "n:placard",
        "v:converge on>square|capital|parliament|palace|headquarters|embassy|office|offices|ministry|streets",
        "v:assemble>outside|in front",
        "n:encampment>students|student|campus|demanding|pro-palestinian|activists|protest", "n:civil resistance",
        "n:andolan", "n:slogan-shouting", "v:shout>slogans|slogan", "n:die-in",
    ),
    "SANCTION": (
        "v:pull the plug>deal|mission|programme|program|project|cooperation|funding|aid|agreement",
        "v:slash>contribution|contributions|donations|lending|aid|funding|assistance", "v:defund",
        "v:shutter>embassy|consulate|mission|office|offices|embassies|consulates",
        "v:order out>@envoys|staff|monitors|observers|inspectors|peacekeepers|aid workers|ngos",
        "v:send packing>@envoys|monitors|observers|inspectors|peacekeepers",
        "v:throw out>@envoys|inspectors|observers|monitors|peacekeepers",
        "v:boot out>@envoys|inspectors|observers|monitors|peacekeepers",
        "v:eject>@envoys|inspectors|observers|monitors|peacekeepers", "v:bring home>@envoys",
        "v:trim>embassy|diplomatic|diplomats|mission|consular",
        "v:curtail>ties|relations|cooperation|contacts|aid|assistance|funding|exchanges|visits|diplomatic",
        "v:limit>contacts|ties|relations|exchanges|cooperation|diplomatic", "v:freeze out", "v:ostracize",
        "v:disinvite", "v:uninvite",
        "v:exclude>summit|bloc|forum|organisation|organization|alliance|grouping|g7|g8|g20|games|olympics|swift",
        "v:scrap>visa-free|visa waiver|exchange programme|exchange program|exchanges",
        "v:put on ice>talks|negotiations|relations|ties|cooperation|deal|agreement|contacts|project",
        "v:put on hold>deal|programme|program|contacts|exchanges|relations|ties|accession|membership|aid|talks",
        "v:pause>lending|contacts|exchanges|membership|relations|ties|imports|exports|aid|talks|cooperation",
        "n:rupture>relations|ties|diplomatic", "n:break>relations|ties|diplomatic",
        "n:downgrading>relations|ties|diplomatic", "n:downgrade>relations|ties|diplomatic",
        "n:cutoff>gas|oil|exports|imports|assistance|aid|funding",
        "n:cut-off>gas|oil|exports|imports|assistance|aid|funding",
        "n:freeze>contacts|relations|ties|cooperation|exchanges|lending|aid|diplomatic",
        "n:termination>mission|programme|program|accord|cooperation|agreement",
        "v:mothball>embassy|mission|consulate",
        "v:downscale>ties|relations|presence|embassy|diplomatic|cooperation|contacts",
        "v:cut back>contacts|ties|relations|exchanges|cooperation|diplomatic|embassy|aid|funding",
        "v:discontinue>aid|assistance|funding|cooperation|talks|imports|exports|contacts|mission",
        "v:cease>aid|funding|cooperation|contacts|imports|exports|assistance",
        "v:phase out>aid|assistance|funding|cooperation|mission",
        "v:scale down>diplomatic|embassy|consular|ties|relations|cooperation|aid|assistance|funding|contacts",
        "v:isolate>diplomatically|internationally",
        "v:turn off>gas taps|gas tap|oil taps|pipeline|gas supplies|gas supply",
        "v:shut off>gas taps|gas tap|oil taps|pipeline|gas supplies|gas supply|gas flows|oil supplies",
        "n:cooling>relations|ties", "n:visa restrictions",
    ),
    "MOBILIZE": (
        "n:war footing", "v:activate>reservists|reserves|troops|national guard|guard|units|brigade|brigades",
        "v:send in>army|military|guard|national guard|army units",
        "v:roll out>tanks|troops|armour|armor|armoured|armored|military|soldiers",
        "v:shift>troops|forces|units|warships|jets|bombers|missiles|brigades|divisions",
        "v:relocate>troops|forces|warships|jets|bombers|missiles|brigades",
        "v:sail<yacht|yachts|cruise|ferry|ferries|regatta|race|holiday|tourists|passengers|sailing>strait|waters|"
            "gulf|sea|channel",
        "n:armada", "v:buzz>ship|vessel|warship|destroyer|aircraft|plane|frigate|carrier|jet",
        "v:shadow<fleet|cabinet|banking|economy|puppet|boxing|government>warship|ship|vessel|aircraft|destroyer|"
            "carrier|frigate|submarine|warships|vessels",
        "v:fortify>positions|border|defences|defenses|frontier|line|lines|base|bases|city|islands", "v:militarize",
        "n:militarization", "v:rearm", "n:rearmament", "n:troop surge",
        "v:surge<prices|price|shares|stocks|cases|infections|demand|inflation|oil|percent|sales|index|yields|"
            "numbers|arrivals|crossings|costs>troops|forces|soldiers|warships",
        "v:boost>troops|forces|presence|military|defences|defenses|defense|defence|patrols|deployment",
        "v:increase>patrols|troop|troops|military presence|security presence|deployment|garrison",
        "v:ramp up>patrols|presence|deployment|troops|security|military",
        "v:strengthen>defences|defenses|border|presence|patrols|garrison|military presence",
        "v:double>troops|patrols|presence|forces|troop|deployment", "v:triple>troops|patrols|presence|forces",
        "v:expand>military presence|presence|patrols|deployment|troops|forces|garrison",
        "v:intensify>patrols|security|surveillance|presence",
        "v:ready>troops|forces|army|military|jets|missiles|units", "v:garrison", "v:pre-position",
        "v:preposition>troops|weapons|equipment|forces", "n:troop movements", "n:troop movement",
        "n:troop concentrations", "n:troop concentration",
        "n:call-up<squad|team|national team|cap|coach|match|tournament|league|cricket|football|rugby|world cup",
        "n:conscription", "n:show of might", "n:display of force", "n:display of strength",
        "n:display of military might", "n:heavy police presence", "n:heavy security presence",
        "n:heavy military presence", "n:missile launch", "n:test launch", "n:test-launch", "n:test firing",
        "n:atomic test", "n:weapons test", "n:rocket test",
        "v:test>missile|missiles|rocket|rockets|nuclear|weapon|icbm|hypersonic|warhead|ballistic", "n:war game",
        "n:wargame",
        "n:exercise>naval|air|live-fire|army|troops|military|amphibious|large-scale|combat|nuclear|missile|"
            "defense|defence|warships",
        "n:manoeuvre>military|naval|army|troops|war|air", "n:maneuver>military|naval|army|troops|war|air",
        "n:drill>military|naval|army|troops|live-fire|combat|missile|nuclear|amphibious|warships",
        "v:gear up>war|conflict|confrontation", "v:prepare for>war|conflict|confrontation",
        "v:gather>troops|forces|soldiers|tanks", "v:marshal>troops|forces|soldiers|army",
        "v:enlist>troops|soldiers|fighters|recruits|reservists",
    ),
    "COERCE": (
        "v:haul in>for questioning|questioning|suspects|police|custody",
        "v:haul off>to jail|to prison|jail|prison|custody|police",
        "v:bundle>van|vans|car|cars|vehicle|vehicles|truck|lorry|police|jeep|helicopter", "v:handcuff",
        "v:lock up>activists|opponents|dissidents|journalists|critics|protesters|suspects|thousands|hundreds|"
            "migrants|children|prisoners|anyone|them|him|her|people|leaders",
        "v:put behind bars", "v:throw>in jail|into jail|in prison|into prison|behind bars|in detention",
        "v:send>to prison|to jail|to a labour camp|to a labor camp|to re-education", "v:incarcerate",
        "v:remand>in custody|custody|to prison", "v:take in>for questioning|questioning|custody",
        "v:pick up>for questioning|questioning|custody", "v:bring in>for questioning|questioning",
        "v:bust>ring|gang|cell|network|smuggling|traffickers|suspects|cartel",
        "v:swoop on<club|transfer|signing|striker|midfielder|defender|deal|bid|fee|player|bargain|shoppers",
        "v:frogmarch", "v:issue>warrant|warrants|arrest warrant|arrest warrants",
        "n:custody>police|taken|placed|remanded|held|military|into",
        "v:enforce>lockdown|restrictions|no-fly zone|exclusion zone|cordon", "n:no-fly zone", "n:exclusion zone",
        "n:security cordon", "n:cordon>security|police|around|troops|military", "v:fence off",
        "v:close off>area|roads|border|access|city|region|streets",
        "v:seal>border|borders|frontier|crossing|crossings|area|city|town|region|entrances|exits|district",
        "v:close<to|by|ally|allies|aide|aides|friend|associate|proximity|quarters|range|call>borders|crossing|"
            "crossings|frontier|port|ports|strait|straits",
        "v:cut off<" + _WEATHER + "|outage|fault|wildfire|wildfires>internet|phone|phones|communications|mobile|telecommunications",
        "n:internet blackout", "n:internet shutdown", "n:media blackout", "n:news blackout",
        "n:communications blackout", "n:information blackout", "n:internet cut",
        "v:stifle>dissent|media|press|opposition|protest|protests|free speech|freedom|criticism", "n:purge",
        "v:purge>officials|officers|opposition|army|military|judges|ranks|generals|critics|dissidents",
        "v:persecute", "n:persecution", "v:hound>journalists|activists|opposition|critics|dissidents|reporters",
        "v:prohibit>gatherings|gathering|party|parties|publication|assembly|assemblies|rallies|rally",
        "v:deregister>party|ngo|parties|ngos|union|newspaper|organisation|organization", "v:embargo",
        "v:slap>restrictions|curbs|curfew|ban|sanctions|embargo|tariffs|duties|levies|fine|fines|travel ban|"
            "export ban",
        "v:appropriate>land|property|assets|farms|buildings", "v:grab>land|farms|territory", "n:land grab",
        f"v:take over>{_PLACES}|building|buildings|parliament|media|station|television|tv|government",
        "v:sequester>assets|property|funds", "v:sequestrate", "v:exile", "v:send into exile", "v:drive>into exile",
        "v:push back>migrants|refugees|asylum seekers|asylum-seekers|boats|boat",
        "n:pushback>migrants|migrant|refugees|refugee|asylum|boat|boats", "v:pepper-spray", "n:pepper spray",
        "n:tear gas", "n:teargas", "n:water cannon", "n:water cannons", "n:rubber bullet", "v:baton-charge",
        "n:baton charge", "v:lathi-charge", "n:lathi charge", "n:lathicharge",
        "v:crush>rebellion|revolt|dissent|opposition|mutiny|insurrection|resistance|uprising|protest|protests",
        "v:put down>rebellion|revolt|uprising|protest|protests|mutiny|insurrection|riot|riots|unrest",
        "v:stamp out>dissent|protest|opposition|protests|unrest",
        "v:rein in>media|press|dissent|protests|opposition|activists|ngos|internet|critics",
        "v:tighten>restrictions|censorship|curbs|grip on|controls on",
        "v:erect>checkpoints|checkpoint|roadblocks|roadblock", "v:set up>checkpoints|checkpoint", "v:coerce",
        "n:trade restrictions", "n:export controls", "n:export restrictions", "n:import restrictions",
    ),
    "ASSAULT": (
        "v:pummel>positions|targets|city|town|towns|villages|garrison|base|bases|artillery|airstrikes|rockets|"
            "missiles|shells|drones|troops|forces|protesters|demonstrators|mortars",
        "v:batter<" + _WEATHER + "|inflation|markets|economy|shares|pandemic|crisis>positions|city|town|villages|village|targets|shells|artillery|airstrikes|missiles|rockets|troops|forces|drones",
        "v:hammer<shares|stocks|markets|prices|" + _WEATHER + ">positions|targets|strongholds|bases|villages|towns|city|airstrikes|artillery|rockets|shells|missiles|drones",
        "v:blast>positions|targets|rockets|missiles|artillery|shells|bombs|explosives|building|buildings|bunker|"
            "bunkers|troops",
        "v:blitz<shoppers|market|ads|advertising|media|campaign", "v:carpet-bomb", "v:dive-bomb", "v:barrel-bomb",
        "v:napalm",
        "v:gas<prices|price|bills|bill|supplies|supply|pipeline|station|stations|tank|cylinder|cylinders|leak|"
            "explosion|heating|cooking|natural|shale|emissions|field|fields|reserves|imports|exports|company|storage|"
            "tax>own people|civilians|villagers|kurds|protesters",
        "v:nuke", "v:rake>gunfire|bullets|machine-gun|fire", "v:pepper>bullets|gunfire|shrapnel|rockets|shells",
        "v:riddle>bullets|gunfire", "v:spray>bullets|gunfire|crowd|worshippers|worshipers|shoppers",
        "v:cut down>gunfire|bullets|sniper",
        "v:pick off>soldiers|troops|civilians|snipers|fighters|targets|one by one|defenders|police",
        "v:take out>target|targets|positions|tank|tanks|commander|commanders|leader|radar|air defences|"
            "air defenses|launchers|bunker|drone|drones",
        "v:eliminate>militants|commander|commanders|terrorists|fighters|gunmen|insurgents|rebels|jihadists",
        "v:neutralize>militants|terrorists|fighters|gunmen|insurgents|rebels|attackers|assailants|jihadists",
        "v:liquidate>militants|fighters|terrorists|leaders|commanders|opponents|insurgents|gunmen",
        "v:wipe out>villages|village|families|militants|fighters|battalion|population|convoy|civilians",
        "v:annihilate", "v:exterminate", "v:decimate>forces|troops|army|population|villages|units|ranks", "v:slay",
        "v:butcher", "v:bludgeon", "v:club>to death|protesters|demonstrators", "v:dismember", "v:string up",
        "v:waterboard", "n:waterboarding", "v:brutalize", "v:mistreat", "v:maltreat", "n:mistreatment",
        "n:ill-treatment", "v:molest", "v:gang-rape", "n:gang-rape", "n:sexual violence",
        "v:snatch>@personnel|civilians|villagers|schoolgirls|students|children|journalists|workers|tourists|"
            "hostages|women",
        "v:skyjack", "n:human shield", "n:human shields",
        "n:detonation<controlled|safe|safely|disposal|squad|test|nuclear test", "n:explosive device", "n:vbied",
        "n:suicide vest", "v:toss>grenade|grenades|bomb|bombs|explosive|explosives|firebomb|petrol bomb",
        "n:attempt>on his life|on her life|on the life|on their lives|on the lives|to kill|to assassinate",
        "n:pogrom", "n:carnage",
        "n:bloodbath<markets|market|stocks|shares|wall street|investors|trading|retail|box office|jobs|layoffs|"
            "bonds",
        "n:atrocity", "n:salvo>rockets|missiles|shells|fired|mortars|artillery",
        "n:barrage>rockets|missiles|shells|artillery|fire|mortars|drones|gunfire",
        "n:volley>rockets|missiles|shells|gunfire|shots|bullets|mortars", "n:sniper fire", "n:small-arms fire",
        "n:tank fire", "n:crossfire", "n:cross-border fire", "n:shellfire", "n:gunshot",
        "n:shot>fired|rang out|were fired", "n:gunfight", "n:shoot-out", "n:gun-battle", "n:exchange of fire",
        "n:exchanges of fire", "n:counteroffensive", "n:counter-offensive", "n:counterattack", "n:counter-attack",
        "v:counterattack", "v:counter-attack",
        "n:onslaught<criticism|questions|emails|ads|advertising|tourists|shoppers|competition|media|coverage",
        f"v:push into<{_WEATHER}>{_PLACES}",
        f"v:roll into<{_WEATHER}|{_SPORT}|circus|fair|carnival|tour|bus|fans|band|show|caravan|festival|parade>{_PLACES}",
        f"v:sweep into<{_WEATHER}|fire|wildfire|blaze|flames|smoke|dust>{_PLACES}",
        "v:overwhelm>defenders|defences|defenses|positions|garrison|troops|forces", f"v:wrest>control|{_PLACES}",
        f"v:liberate>{_PLACES}", "v:outflank",
        "v:ram<through|legislation|bill>ship|vessel|boat|car|crowd|checkpoint|pedestrians|police|gate|barrier|"
            "vehicle",
        "v:plough into>crowd|pedestrians|protesters|people|worshippers|shoppers|demonstrators|marchers",
        "v:plow into>crowd|pedestrians|protesters|people|worshippers|shoppers|demonstrators|marchers",
        "v:run over>protesters|pedestrians|demonstrators|people|crowd|civilians",
        "v:slash>throat|throats|face|victims|knife|machete", "v:rough up", "v:set upon", "v:manhandle", "v:flog",
        "n:flogging", "v:cane<sugar|sugarcane|farmers|harvest|crop|crops|field|fields|growers|mill|toad",
        "v:hang>publicly|in public|prisoners|convicts|dissidents|protesters|activists|opponents|murder|drug|"
            "drugs|blasphemy|spying|espionage|treason|rape|gallows|death row|apostasy|collaborators",
        f"v:flatten<{_WEATHER}|curve|inflation|growth|prices|hierarchy|structure|yield>{_BUILT}",
        f"v:level<{_WEATHER}|playing|sea|water|risk|threat|alert|grade|entry|top|senior|junior|higher|lower|charges|accusations|criticism>{_BUILT}",
        "v:reduce>rubble|ruins|ashes", "v:lay waste", "v:dynamite", "v:set>on fire|ablaze|alight", "n:firebombing",
        "v:uproot>villagers|residents|families|thousands|communities|population|inhabitants|people",
        "v:chase out>residents|villagers|families|population|civilians|inhabitants|thousands", "v:depopulate",
        "n:forced displacement",
        "v:inflict<investors|markets|economy|shares|team|season|match|game>casualties|damage|losses|heavy|"
            "injuries|wounds",
        "n:putsch", "n:air-strike", "n:drone-strike", "n:cluster munition", "n:white phosphorus",
        "v:knife>to death|dead",
    ),
}

FALLBACK_IRREGULAR: dict[str, tuple[str, str]] = {
    "make": ("made", "made"), "say": ("said", "said"), "let": ("let", "let"), "run": ("ran", "run"),
    "fall": ("fell", "fallen"), "dig": ("dug", "dug"), "cling": ("clung", "clung"), "sling": ("slung", "slung"),
    "sew": ("sewed", "sewn"), "string": ("strung", "strung"), "quiz": ("quizzed", "quizzed"),
    "rebut": ("rebutted", "rebutted"), "reset": ("reset", "reset"), "browbeat": ("browbeat", "browbeaten"),
    "greenlight": ("greenlit", "greenlit"), "green-light": ("green-lit", "green-lit"),
}
