"""Our own actor gazetteer: states and what stands for them, international bodies.

Written for this project from general knowledge (ISO 3166-1 alpha-3 codes, capitals, demonyms,
well-known office holders). Each state line is
    CODE | names | adjectives and demonyms | capitals and seats of government
with alternatives separated by ";". Office holders map a person's name to the state they speak for.
"""

from __future__ import annotations

STATES = """
AFG|Afghanistan|Afghan;Afghans|Kabul
ALB|Albania|Albanian;Albanians|Tirana
DZA|Algeria|Algerian;Algerians|Algiers
AGO|Angola|Angolan;Angolans|Luanda
ARG|Argentina|Argentine;Argentinian;Argentinians|Buenos Aires
ARM|Armenia|Armenian;Armenians|Yerevan
AUS|Australia|Australian;Australians|Canberra
AUT|Austria|Austrian;Austrians|Vienna
AZE|Azerbaijan|Azerbaijani;Azeri;Azerbaijanis|Baku
BHR|Bahrain|Bahraini;Bahrainis|Manama
BGD|Bangladesh|Bangladeshi;Bangladeshis|Dhaka
BLR|Belarus|Belarusian;Belarussian;Belarusians|Minsk
BEL|Belgium|Belgian;Belgians|
BEN|Benin|Beninese|Porto-Novo;Cotonou
BTN|Bhutan|Bhutanese|Thimphu
BOL|Bolivia|Bolivian;Bolivians|La Paz;Sucre
BIH|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnian;Bosnians;Bosnian Serb;Bosnian Serbs;Bosnian Muslim;Bosnian Muslims|Sarajevo
BWA|Botswana|Botswanan|Gaborone
BRA|Brazil|Brazilian;Brazilians|Brasilia;Brasília
BGR|Bulgaria|Bulgarian;Bulgarians|Sofia
BFA|Burkina Faso|Burkinabe|Ouagadougou
BDI|Burundi|Burundian;Burundians|Bujumbura;Gitega
KHM|Cambodia|Cambodian;Cambodians;Khmer Rouge|Phnom Penh
CMR|Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé
CAN|Canada|Canadian;Canadians|Ottawa
CAF|Central African Republic|Central African|Bangui
TCD|Chad|Chadian;Chadians|N'Djamena
CHL|Chile|Chilean;Chileans|Santiago
CHN|China;People's Republic of China;PRC|Chinese|Beijing;Peking
COL|Colombia|Colombian;Colombians|Bogota;Bogotá
COD|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Zaire|Congolese|Kinshasa
COG|Republic of the Congo;Congo-Brazzaville||Brazzaville
CRI|Costa Rica|Costa Rican;Costa Ricans|San Jose
CIV|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians|Abidjan;Yamoussoukro
HRV|Croatia|Croatian;Croatians;Croat;Croats|Zagreb
CUB|Cuba|Cuban;Cubans|Havana
CYP|Cyprus|Cypriot;Cypriots|Nicosia
CZE|Czech Republic;Czechia|Czech;Czechs|Prague
DNK|Denmark|Danish;Dane;Danes|Copenhagen
DJI|Djibouti|Djiboutian|
DOM|Dominican Republic|Dominican;Dominicans|Santo Domingo
ECU|Ecuador|Ecuadorian;Ecuadorean;Ecuadorians|Quito
EGY|Egypt|Egyptian;Egyptians|Cairo
SLV|El Salvador|Salvadoran;Salvadorans|San Salvador
ERI|Eritrea|Eritrean;Eritreans|Asmara
EST|Estonia|Estonian;Estonians|Tallinn
ETH|Ethiopia|Ethiopian;Ethiopians|Addis Ababa
FJI|Fiji|Fijian;Fijians|Suva
FIN|Finland|Finnish;Finn;Finns|Helsinki
FRA|France|French|Paris;Elysee;Élysée
GAB|Gabon|Gabonese|Libreville
GMB|Gambia;The Gambia|Gambian;Gambians|Banjul
GEO|Georgia|Georgian;Georgians|Tbilisi
DEU|Germany|German;Germans|Berlin;Bonn
GHA|Ghana|Ghanaian;Ghanaians|Accra
GRC|Greece|Greek;Greeks|Athens
GTM|Guatemala|Guatemalan;Guatemalans|Guatemala City
GIN|Guinea|Guinean;Guineans|Conakry
GNB|Guinea-Bissau||Bissau
GUY|Guyana|Guyanese|Georgetown
HTI|Haiti|Haitian;Haitians|Port-au-Prince
HND|Honduras|Honduran;Hondurans|Tegucigalpa
HUN|Hungary|Hungarian;Hungarians|Budapest
ISL|Iceland|Icelandic;Icelanders|Reykjavik
IND|India|Indian;Indians|New Delhi
IDN|Indonesia|Indonesian;Indonesians|Jakarta
IRN|Iran|Iranian;Iranians|Tehran;Teheran
IRQ|Iraq|Iraqi;Iraqis|Baghdad
IRL|Ireland|Irish|Dublin
ISR|Israel|Israeli;Israelis|Jerusalem;Tel Aviv
ITA|Italy|Italian;Italians|Rome
JAM|Jamaica|Jamaican;Jamaicans|Kingston
JPN|Japan|Japanese|Tokyo
JOR|Jordan|Jordanian;Jordanians|Amman
KAZ|Kazakhstan|Kazakh;Kazakhs;Kazakhstani|Astana;Almaty
KEN|Kenya|Kenyan;Kenyans|Nairobi
PRK|North Korea;Democratic People's Republic of Korea;DPRK;D.P.R.K.|North Korean;North Koreans|Pyongyang
KOR|South Korea;Republic of Korea;ROK|South Korean;South Koreans|Seoul
XKX|Kosovo|Kosovar;Kosovars;Kosovo Albanian;Kosovo Albanians|Pristina
KWT|Kuwait|Kuwaiti;Kuwaitis|Kuwait City
KGZ|Kyrgyzstan;Kyrgyz Republic|Kyrgyz|Bishkek
LAO|Laos|Laotian;Lao|Vientiane
LVA|Latvia|Latvian;Latvians|Riga
LBN|Lebanon|Lebanese|Beirut
LBR|Liberia|Liberian;Liberians|Monrovia
LBY|Libya|Libyan;Libyans|Tripoli
LTU|Lithuania|Lithuanian;Lithuanians|Vilnius
LUX|Luxembourg|Luxembourgish|
MDG|Madagascar|Malagasy|Antananarivo
MWI|Malawi|Malawian;Malawians|Lilongwe
MYS|Malaysia|Malaysian;Malaysians|Kuala Lumpur
MLI|Mali|Malian;Malians|Bamako
MRT|Mauritania|Mauritanian;Mauritanians|Nouakchott
MEX|Mexico|Mexican;Mexicans|Mexico City
MDA|Moldova|Moldovan;Moldovans|Chisinau
MNG|Mongolia|Mongolian;Mongolians|Ulaanbaatar
MNE|Montenegro|Montenegrin;Montenegrins|Podgorica
MAR|Morocco|Moroccan;Moroccans|Rabat
MOZ|Mozambique|Mozambican;Mozambicans|Maputo
MMR|Myanmar;Burma|Burmese;Myanmarese|Naypyidaw;Yangon;Rangoon
NAM|Namibia|Namibian;Namibians|Windhoek
NPL|Nepal|Nepalese;Nepali|Kathmandu
NLD|Netherlands;Holland|Dutch|Amsterdam;The Hague
NZL|New Zealand|New Zealander;New Zealanders|Wellington
NIC|Nicaragua|Nicaraguan;Nicaraguans|Managua
NER|Niger|Nigerien;Nigeriens|Niamey
NGA|Nigeria|Nigerian;Nigerians|Abuja;Lagos
MKD|North Macedonia;Macedonia|Macedonian;Macedonians|Skopje
NOR|Norway|Norwegian;Norwegians|Oslo
OMN|Oman|Omani;Omanis|Muscat
PAK|Pakistan|Pakistani;Pakistanis|Islamabad
PSE|Palestine;Palestinian territories;Palestinian Authority;West Bank;Gaza;Gaza Strip;PLO|Palestinian;Palestinians|Ramallah
PAN|Panama|Panamanian;Panamanians|Panama City
PNG|Papua New Guinea|Papua New Guinean|Port Moresby
PRY|Paraguay|Paraguayan;Paraguayans|Asuncion
PER|Peru|Peruvian;Peruvians|Lima
PHL|Philippines|Philippine;Filipino;Filipinos|Manila
POL|Poland|Polish;Pole;Poles|Warsaw
PRT|Portugal|Portuguese|Lisbon
QAT|Qatar|Qatari;Qataris|Doha
ROU|Romania|Romanian;Romanians|Bucharest
RUS|Russia;Russian Federation;Soviet Union;USSR|Russian;Russians;Soviet;Soviets|Moscow;Kremlin
RWA|Rwanda|Rwandan;Rwandans|Kigali
SAU|Saudi Arabia|Saudi;Saudis|Riyadh
SEN|Senegal|Senegalese|Dakar
SRB|Serbia;Yugoslavia|Serbian;Serb;Serbs;Yugoslav|Belgrade
SLE|Sierra Leone|Sierra Leonean;Sierra Leoneans|Freetown
SGP|Singapore|Singaporean;Singaporeans|
SVK|Slovakia|Slovak;Slovaks|Bratislava
SVN|Slovenia|Slovenian;Slovenians;Slovene;Slovenes|Ljubljana
SOM|Somalia|Somali;Somalis|Mogadishu
ZAF|South Africa|South African;South Africans|Pretoria;Cape Town
SSD|South Sudan|South Sudanese|Juba
ESP|Spain|Spanish;Spaniard;Spaniards|Madrid
LKA|Sri Lanka|Sri Lankan;Sri Lankans;Tamil Tigers|Colombo
SDN|Sudan|Sudanese|Khartoum
SWE|Sweden|Swedish;Swede;Swedes|Stockholm
CHE|Switzerland|Swiss|Bern;Berne
SYR|Syria|Syrian;Syrians|Damascus
TWN|Taiwan;Republic of China|Taiwanese|Taipei
TJK|Tajikistan|Tajik;Tajiks|Dushanbe
TZA|Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam
THA|Thailand|Thai;Thais|Bangkok
TLS|East Timor;Timor-Leste|East Timorese;Timorese|Dili
TGO|Togo|Togolese|Lome;Lomé
TUN|Tunisia|Tunisian;Tunisians|Tunis
TUR|Turkey;Turkiye;Türkiye|Turkish;Turk;Turks|Ankara
TKM|Turkmenistan|Turkmen|Ashgabat
UGA|Uganda|Ugandan;Ugandans|Kampala
UKR|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
ARE|United Arab Emirates;UAE;Emirates|Emirati;Emiratis|Abu Dhabi
GBR|United Kingdom;Britain;Great Britain;UK;U.K.;England;Scotland|British;Briton;Britons;English;Scottish|London;Downing Street;Whitehall
USA|United States;United States of America;USA;U.S.A.;US;U.S.;America|American;Americans|Washington;White House;Pentagon;Capitol Hill
URY|Uruguay|Uruguayan;Uruguayans|Montevideo
UZB|Uzbekistan|Uzbek;Uzbeks|Tashkent
VEN|Venezuela|Venezuelan;Venezuelans|Caracas
VNM|Vietnam;Viet Nam|Vietnamese|Hanoi
YEM|Yemen|Yemeni;Yemenis;Houthi;Houthis|Sanaa;Sana'a
ZMB|Zambia|Zambian;Zambians|Lusaka
ZWE|Zimbabwe|Zimbabwean;Zimbabweans|Harare
MLT|Malta|Maltese|Valletta
VAT|Vatican;Holy See|Vatican|Vatican City
MCO|Monaco|Monegasque|
LSO|Lesotho|Basotho|Maseru
SWZ|Eswatini;Swaziland|Swazi|Mbabane
MUS|Mauritius|Mauritian;Mauritians|Port Louis
SYC|Seychelles|Seychellois|Victoria
COM|Comoros|Comorian|Moroni
CPV|Cape Verde;Cabo Verde|Cape Verdean|Praia
GNQ|Equatorial Guinea|Equatoguinean|Malabo
BRN|Brunei|Bruneian|Bandar Seri Begawan
MDV|Maldives|Maldivian|Male
BHS|Bahamas;The Bahamas|Bahamian|Nassau
BRB|Barbados|Barbadian|Bridgetown
TTO|Trinidad and Tobago;Trinidad|Trinidadian;Trinidadians|Port of Spain
BLZ|Belize|Belizean|Belmopan
SUR|Suriname|Surinamese|Paramaribo
SLB|Solomon Islands|Solomon Islander|Honiara
VUT|Vanuatu|Ni-Vanuatu|Port Vila
WSM|Samoa|Samoan|Apia
TON|Tonga|Tongan|Nuku'alofa
GRD|Grenada|Grenadian|St. George's
ESH|Western Sahara|Sahrawi;Sahrawis|Laayoune
"""

# Bodies whose name stands for the state ("the State Department said", "the Kremlin denied").
STATE_INSTITUTIONS = """
USA|State Department;Department of State;Defense Department;Department of Defense;National Security Council;Congress;Senate;CIA;FBI;Treasury Department;Justice Department
RUS|Foreign Ministry of Russia;Duma;State Duma;FSB
GBR|Foreign Office;Ministry of Defence
PRK|Korean People's Army;KCNA;Workers' Party of Korea
KOR|Blue House;Yonhap;Joint Chiefs of Staff
UKR|Verkhovna Rada;Rada
CHN|Xinhua;People's Liberation Army;PLA
ISR|Knesset;IDF;Israel Defense Forces;Mossad
"""

# Well-known office holders and officials (mostly 2022-2025), name -> state.
OFFICIALS = """
USA|Joe Biden;Biden;Donald Trump;Trump;Kamala Harris;Antony Blinken;Blinken;Lloyd Austin;Jake Sullivan;Karine Jean-Pierre;Linda Thomas-Greenfield;Marco Rubio;Mike Waltz;Pete Hegseth;Kurt Campbell;Victoria Nuland;Janet Yellen;Mike Pompeo;JD Vance
RUS|Vladimir Putin;Putin;Sergei Lavrov;Lavrov;Dmitry Peskov;Peskov;Maria Zakharova;Zakharova;Sergei Shoigu;Shoigu;Andrei Belousov;Dmitry Medvedev;Medvedev;Valery Gerasimov;Gerasimov;Vasily Nebenzya;Nebenzya;Mikhail Mishustin
UKR|Volodymyr Zelensky;Volodymyr Zelenskyy;Zelensky;Zelenskyy;Zelenskiy;Dmytro Kuleba;Kuleba;Rustem Umerov;Umerov;Kyrylo Budanov;Budanov;Oleksandr Syrskyi;Andriy Yermak;Yermak;Denys Shmyhal
PRK|Kim Jong Un;Kim Jong-un;Kim Jong-Un;Kim Yo Jong;Kim Yo-jong;Kim Tok Hun
KOR|Yoon Suk Yeol;Yoon Suk-yeol;Yoon;Cho Tae-yul;Cho Tae-yong;Shin Won-sik;Han Duck-soo;Lee Jae-myung
CHN|Xi Jinping;Xi;Wang Yi;Li Qiang;Lin Jian;Mao Ning;Wang Wenbin
JPN|Fumio Kishida;Kishida;Shigeru Ishiba;Ishiba;Yoko Kamikawa;Takeshi Iwaya
FRA|Emmanuel Macron;Macron;Jean-Noel Barrot;Stephane Sejourne
DEU|Olaf Scholz;Scholz;Annalena Baerbock;Baerbock;Boris Pistorius;Friedrich Merz
GBR|Rishi Sunak;Sunak;Keir Starmer;Starmer;David Cameron;David Lammy;Lammy;John Healey;Grant Shapps
TUR|Recep Tayyip Erdogan;Erdogan;Erdoğan;Hakan Fidan
ISR|Benjamin Netanyahu;Netanyahu;Yoav Gallant;Gallant;Israel Katz
IND|Narendra Modi;Modi;Subrahmanyam Jaishankar;Jaishankar
IRN|Ali Khamenei;Khamenei;Ebrahim Raisi;Raisi;Masoud Pezeshkian;Pezeshkian;Abbas Araghchi;Araghchi
BLR|Alexander Lukashenko;Lukashenko
POL|Andrzej Duda;Donald Tusk;Radoslaw Sikorski
HUN|Viktor Orban;Viktor Orbán;Orban
AZE|Ilham Aliyev;Aliyev;Jeyhun Bayramov
SYR|Bashar al-Assad;Assad
EST|Kaja Kallas
"""

# International and non-state bodies -> canonical name. Kind "IGO" or "NGO".
BODIES = """
United Nations|IGO|United Nations;UN;U.N.;UN Security Council;U.N. Security Council;Security Council;UN General Assembly;General Assembly;UN Secretary-General;U.N. Secretary-General;UN secretary general;UN chief;UN peacekeepers;U.N. peacekeepers;UNHCR;UN refugee agency;UNICEF;Secretary-General;Antonio Guterres;António Guterres;Guterres;Kofi Annan;Annan
NATO|IGO|NATO;North Atlantic Treaty Organization;North Atlantic Treaty Organisation;Atlantic Alliance;Mark Rutte;Rutte;Jens Stoltenberg;Stoltenberg
European Union|IGO|European Union;EU;E.U.;European Commission;European Council;European Parliament;European Community;European common market;Brussels;Josep Borrell;Borrell;Ursula von der Leyen;von der Leyen;Charles Michel
African Union|IGO|African Union;AU;Organization of African Unity;OAU
Arab League|IGO|Arab League;League of Arab States
OSCE|IGO|OSCE;Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe
IAEA|IGO|IAEA;International Atomic Energy Agency;Rafael Grossi;Grossi
ASEAN|IGO|ASEAN;Association of Southeast Asian Nations
APEC|IGO|APEC;Asia-Pacific Economic Cooperation
International Criminal Court|IGO|International Criminal Court;ICC
International Court of Justice|IGO|International Court of Justice;ICJ;World Court
World Bank|IGO|World Bank
International Monetary Fund|IGO|International Monetary Fund;IMF
World Health Organization|IGO|World Health Organization;WHO
World Trade Organization|IGO|World Trade Organization;WTO
International Labour Organization|IGO|International Labour Organization;International Labor Organization;International Labour Office;International Labor Office;ILO
G7|IGO|G7;G-7;Group of Seven
G20|IGO|G20;G-20;Group of 20
OPEC|IGO|OPEC
ECOWAS|IGO|ECOWAS;Economic Community of West African States
Red Cross|IGO|Red Cross;International Committee of the Red Cross;ICRC;Red Crescent
Amnesty International|NGO|Amnesty International;Amnesty
Human Rights Watch|NGO|Human Rights Watch;HRW
Doctors Without Borders|NGO|Doctors Without Borders;Medecins Sans Frontieres;MSF
Hezbollah|NGO|Hezbollah;Hizbollah
Taliban|NGO|Taliban
Islamic State|NGO|Islamic State;ISIS;ISIL
World Food Programme|IGO|World Food Programme;World Food Program;WFP
UNESCO|IGO|UNESCO
Food and Agriculture Organization|IGO|Food and Agriculture Organization;FAO
UNRWA|IGO|UNRWA
UN Human Rights Council|IGO|UN Human Rights Council;U.N. Human Rights Council;Human Rights Council
Interpol|IGO|Interpol
Organization of American States|IGO|Organization of American States;OAS
Commonwealth|IGO|Commonwealth of Nations
Gulf Cooperation Council|IGO|Gulf Cooperation Council;GCC
Southern African Development Community|IGO|Southern African Development Community;SADC
IGAD|IGO|IGAD;Intergovernmental Authority on Development
Shanghai Cooperation Organisation|IGO|Shanghai Cooperation Organisation;Shanghai Cooperation Organization;SCO
BRICS|IGO|BRICS
Collective Security Treaty Organization|IGO|Collective Security Treaty Organization;CSTO
Council of Europe|IGO|Council of Europe
OECD|IGO|OECD;Organisation for Economic Co-operation and Development
Mercosur|IGO|Mercosur
Organisation of Islamic Cooperation|IGO|Organisation of Islamic Cooperation;Organization of Islamic Cooperation;OIC
International Organization for Migration|IGO|International Organization for Migration;IOM
Hamas|NGO|Hamas
Al-Qaeda|NGO|al-Qaeda;al-Qaida;Al-Qaeda;Al Qaeda;al Qaeda
Kurdistan Workers' Party|NGO|Kurdistan Workers' Party;PKK
Wagner Group|NGO|Wagner Group
Reporters Without Borders|NGO|Reporters Without Borders;RSF
Greenpeace|NGO|Greenpeace
Oxfam|NGO|Oxfam
Save the Children|NGO|Save the Children
Transparency International|NGO|Transparency International
International Crisis Group|NGO|International Crisis Group
Physicians for Human Rights|NGO|Physicians for Human Rights
"""

# Places that are not capitals, name -> country (alternative spellings separated by ";").
PLACES = """
RUS|Kursk;Belgorod;Bryansk;Rostov;Rostov-on-Don;Vladivostok;St Petersburg;St. Petersburg;Saint Petersburg;Chechnya;Grozny;Dagestan;Siberia;Kaliningrad;Novosibirsk
UKR|Donetsk;Luhansk;Lugansk;Donbas;Donbass;Zaporizhzhia;Zaporizhia;Zaporozhye;Kharkiv;Kharkov;Kherson;Odesa;Odessa;Dnipro;Dnipropetrovsk;Mykolaiv;Lviv;Pokrovsk;Bakhmut;Avdiivka;Mariupol;Crimea;Sevastopol;Sumy;Chernihiv;Poltava;Vinnytsia;Kramatorsk;Sloviansk;Izium;Kupiansk;Vuhledar;Chasiv Yar;Toretsk;Kurakhove
PSE|Rafah;Khan Younis;Jabalia;Nablus;Jenin;Hebron;Bethlehem;Gaza City
ISR|Haifa;Golan Heights;Golan;Negev
SYR|Aleppo;Idlib;Homs;Hama;Deir ez-Zor;Raqqa;Latakia
IRQ|Mosul;Basra;Kirkuk;Fallujah;Erbil;Tikrit;Ramadi;Najaf;Karbala
AFG|Kandahar;Helmand;Herat;Mazar-i-Sharif;Jalalabad
SDN|Darfur;Omdurman;El Fasher;Port Sudan
LBN|Tyre;Sidon;Bekaa;Bekaa Valley
YEM|Aden;Hodeidah;Red Sea
IND|Kashmir;Mumbai;Bombay;Calcutta;Kolkata
PAK|Karachi;Lahore;Peshawar;Rawalpindi;Quetta
AZE|Nagorno-Karabakh;Karabakh
MDA|Transnistria
SRB|Kosovo Polje
KOR|Busan;Incheon;Panmunjom
PRK|Yongbyon;Sinuiju;Wonsan
CHN|Shanghai;Hong Kong;Xinjiang;Tibet;Guangzhou;Shenzhen
TWN|Kinmen
USA|New York;Los Angeles;Chicago;San Francisco;Hawaii;Guam
JPN|Osaka;Okinawa;Hiroshima
TUR|Istanbul;Diyarbakir;Izmir;Incirlik
SAU|Jeddah;Mecca;Medina
EGY|Alexandria;Sinai;Suez;Port Said;Luxor
LBY|Benghazi;Misrata;Sirte
BIH|Mostar;Srebrenica;Gorazde;Tuzla;Banja Luka;Bihac
XKX|Mitrovica;Prizren
HRV|Vukovar;Split;Krajina
GEO|Tskhinvali;Sukhumi;Abkhazia;South Ossetia
COD|Goma;Bukavu;Kisangani;Kivu;Ituri
MLI|Gao;Timbuktu;Kidal
NGA|Maiduguri;Kano;Port Harcourt;Niger Delta
KEN|Mombasa;Garissa
SOM|Kismayo;Baidoa;Puntland;Somaliland
LKA|Jaffna;Trincomalee;Batticaloa
BGD|Chittagong
PHL|Mindanao;Jolo;Basilan;Marawi
IDN|Aceh;Papua;Ambon
VNM|Ho Chi Minh City;Saigon
THA|Pattani;Yala;Narathiwat
SEN|Casamance
DZA|Oran;Kabylie
MAR|Casablanca
AGO|Cabinda
ZWE|Bulawayo
ZAF|Johannesburg;Durban;Soweto
UGA|Gulu
GBR|Belfast;Northern Ireland;Londonderry;Glasgow;Edinburgh;Falklands;Falkland Islands
DEU|Munich;Frankfurt;Hamburg
FRA|Marseille;Lyon;Corsica
ITA|Milan;Naples;Genoa;Sicily
ESP|Barcelona;Catalonia;Basque Country
COL|Medellin;Cali
MEX|Tijuana;Ciudad Juarez;Chiapas
BRA|Sao Paulo;Rio de Janeiro
IND|Srinagar;Jammu;Assam;Manipur
PAK|Sindh;Balochistan;Baluchistan;Waziristan;Khyber Pakhtunkhwa
CHN|Lhasa;Urumqi
IRN|Isfahan;Esfahan;Natanz;Bushehr;Mashhad;Tabriz
SYR|Daraa
LBN|Baalbek
ISR|Ashkelon;Sderot;Eilat
"""
