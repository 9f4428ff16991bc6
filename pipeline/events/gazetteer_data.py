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
BEL|Belgium|Belgian;Belgians;Flemish;Walloon|
BEN|Benin|Beninese|Porto-Novo;Cotonou
BTN|Bhutan|Bhutanese|Thimphu
BOL|Bolivia|Bolivian;Bolivians|La Paz;Sucre
BIH|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnian;Bosnians;Bosnian Serb;Bosnian Serbs;Bosnian Muslim;Bosnian Muslims|Sarajevo
BWA|Botswana|Botswanan|Gaborone
BRA|Brazil|Brazilian;Brazilians|Brasilia;Brasília
BGR|Bulgaria|Bulgarian;Bulgarians|Sofia
BFA|Burkina Faso|Burkinabe;Burkinabè;Burkinabé|Ouagadougou
BDI|Burundi|Burundian;Burundians|Bujumbura;Gitega
KHM|Cambodia|Cambodian;Cambodians;Khmer Rouge|Phnom Penh
CMR|Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé
CAN|Canada|Canadian;Canadians|Ottawa
CAF|Central African Republic|Central African|Bangui
TCD|Chad|Chadian;Chadians|N'Djamena
CHL|Chile|Chilean;Chileans|Santiago
CHN|China;People's Republic of China;PRC|Chinese|Beijing;Peking
COL|Colombia|Colombian;Colombians|Bogota;Bogotá
COD|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Zaire;Congo-Kinshasa|Congolese|Kinshasa
COG|Republic of the Congo;Republic of Congo;Congo-Brazzaville;Congo Republic||Brazzaville
CRI|Costa Rica|Costa Rican;Costa Ricans|San Jose
CIV|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians|Abidjan;Yamoussoukro
HRV|Croatia|Croatian;Croatians;Croat;Croats|Zagreb
CUB|Cuba|Cuban;Cubans|Havana
CYP|Cyprus|Cypriot;Cypriots|Nicosia
CZE|Czech Republic;Czechia;Czechoslovakia|Czech;Czechs;Czechoslovak|Prague
DNK|Denmark|Danish;Dane;Danes|Copenhagen
DJI|Djibouti|Djiboutian;Djiboutians|
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
DEU|Germany;West Germany;East Germany|German;Germans|Berlin;Bonn
GHA|Ghana|Ghanaian;Ghanaians|Accra
GRC|Greece|Greek;Greeks|Athens
GTM|Guatemala|Guatemalan;Guatemalans|Guatemala City
GIN|Guinea|Guinean;Guineans|Conakry
GNB|Guinea-Bissau|Bissau-Guinean|Bissau
GUY|Guyana|Guyanese|Georgetown
HTI|Haiti|Haitian;Haitians|Port-au-Prince
HND|Honduras|Honduran;Hondurans|Tegucigalpa
HUN|Hungary|Hungarian;Hungarians|Budapest
ISL|Iceland|Icelandic;Icelanders|Reykjavik
IND|India|Indian;Indians|New Delhi
IDN|Indonesia|Indonesian;Indonesians|Jakarta
IRN|Iran;Islamic Republic of Iran;Persia|Iranian;Iranians|Tehran;Teheran
IRQ|Iraq|Iraqi;Iraqis|Baghdad
IRL|Ireland|Irish|Dublin
ISR|Israel|Israeli;Israelis|Jerusalem;Tel Aviv
ITA|Italy|Italian;Italians|Rome
JAM|Jamaica|Jamaican;Jamaicans|Kingston
JPN|Japan|Japanese|Tokyo
JOR|Jordan|Jordanian;Jordanians|Amman
KAZ|Kazakhstan|Kazakh;Kazakhs;Kazakhstani|Astana;Almaty
KEN|Kenya|Kenyan;Kenyans|Nairobi
PRK|North Korea;Democratic People's Republic of Korea;DPRK;D.P.R.K.;N. Korea|North Korean;North Koreans|Pyongyang
KOR|South Korea;Republic of Korea;ROK;S. Korea|South Korean;South Koreans|Seoul
XKX|Kosovo|Kosovar;Kosovars;Kosovo Albanian;Kosovo Albanians|Pristina
KWT|Kuwait|Kuwaiti;Kuwaitis|Kuwait City
KGZ|Kyrgyzstan;Kyrgyz Republic|Kyrgyz|Bishkek
LAO|Laos;Lao PDR|Laotian;Laotians;Lao|Vientiane
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
SYR|Syria;Syrian Arab Republic|Syrian;Syrians|Damascus
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
VNM|Vietnam;Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi
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
AND|Andorra|Andorran;Andorrans|Andorra la Vella
ATG|Antigua and Barbuda;Antigua|Antiguan;Antiguans|St. John's
DMA|Dominica||Roseau
KIR|Kiribati||Tarawa
LIE|Liechtenstein|Liechtensteiner|Vaduz
MHL|Marshall Islands|Marshallese|Majuro
FSM|Micronesia;Federated States of Micronesia|Micronesian|Palikir
NRU|Nauru|Nauruan|Yaren
PLW|Palau|Palauan|Ngerulmud
KNA|Saint Kitts and Nevis;St. Kitts and Nevis;St Kitts and Nevis|Kittitian|Basseterre
LCA|Saint Lucia;St. Lucia;St Lucia|Saint Lucian;St. Lucian|Castries
VCT|Saint Vincent and the Grenadines;St. Vincent and the Grenadines;St Vincent and the Grenadines||Kingstown
SMR|San Marino|Sammarinese|
STP|Sao Tome and Principe;São Tomé and Príncipe|Santomean|Sao Tome
TUV|Tuvalu|Tuvaluan|Funafuti
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
USA|George W. Bush;George H.W. Bush;George Bush;Bush;Bill Clinton;Hillary Clinton;Clinton;Barack Obama;Obama;Ronald Reagan;Reagan;Jimmy Carter;Dick Cheney;Cheney;Al Gore;Colin Powell;Condoleezza Rice;Madeleine Albright;Albright;Warren Christopher;John Kerry;Rex Tillerson;Tillerson;Donald Rumsfeld;Rumsfeld;Robert Gates;Chuck Hagel;James Mattis;Mike Pence;Pence;Ashton Carter;Susan Rice;Samantha Power;Nikki Haley;John Bolton;Bolton;Madeleine Korbel Albright
RUS|Mikhail Gorbachev;Gorbachev;Boris Yeltsin;Yeltsin;Yevgeny Primakov;Primakov;Andrei Kozyrev;Kozyrev;Viktor Chernomyrdin;Chernomyrdin;Igor Ivanov;Sergei Ivanov;Vitaly Churkin;Churkin;Mikhail Fradkov;Dmitry Rogozin
UKR|Leonid Kuchma;Kuchma;Leonid Kravchuk;Kravchuk;Viktor Yushchenko;Yushchenko;Viktor Yanukovych;Yanukovych;Petro Poroshenko;Poroshenko;Yulia Tymoshenko;Tymoshenko;Andrii Sybiha;Andriy Sybiha;Sybiha
BLR|Stanislav Shushkevich
GEO|Eduard Shevardnadze;Shevardnadze;Mikheil Saakashvili;Saakashvili;Irakli Kobakhidze
AZE|Heydar Aliyev
ARM|Nikol Pashinyan;Pashinyan;Robert Kocharyan;Levon Ter-Petrosyan
KAZ|Nursultan Nazarbayev;Nazarbayev;Kassym-Jomart Tokayev;Tokayev
UZB|Islam Karimov;Shavkat Mirziyoyev;Mirziyoyev
TJK|Emomali Rahmon;Emomali Rakhmonov
MDA|Maia Sandu
GBR|Tony Blair;Blair;Gordon Brown;John Major;Margaret Thatcher;Thatcher;Theresa May;Boris Johnson;Liz Truss;Jack Straw;Robin Cook;Douglas Hurd;Malcolm Rifkind;William Hague;Yvette Cooper
FRA|Jacques Chirac;Chirac;Francois Mitterrand;François Mitterrand;Mitterrand;Nicolas Sarkozy;Sarkozy;Francois Hollande;François Hollande;Hollande;Lionel Jospin;Jospin;Dominique de Villepin;de Villepin;Hubert Vedrine;Hubert Védrine;Alain Juppe;Alain Juppé;Laurent Fabius;Jean-Yves Le Drian;Francois Bayrou;Michel Barnier
DEU|Helmut Kohl;Kohl;Gerhard Schroeder;Gerhard Schröder;Angela Merkel;Merkel;Joschka Fischer;Klaus Kinkel;Kinkel;Frank-Walter Steinmeier;Steinmeier;Heiko Maas;Johann Wadephul
ITA|Silvio Berlusconi;Berlusconi;Romano Prodi;Prodi;Massimo D'Alema;Giorgia Meloni;Meloni;Matteo Renzi;Antonio Tajani;Sergio Mattarella;Mattarella
ESP|Jose Maria Aznar;José María Aznar;Aznar;Felipe Gonzalez;Jose Luis Rodriguez Zapatero;Zapatero;Mariano Rajoy;Rajoy;Pedro Sanchez;Pedro Sánchez;King Juan Carlos
PRT|Antonio Costa;António Costa
NLD|Dick Schoof
GRC|Andreas Papandreou;Costas Simitis;Alexis Tsipras;Tsipras;Kyriakos Mitsotakis;Mitsotakis
TUR|Tansu Ciller;Tansu Çiller;Bulent Ecevit;Bülent Ecevit;Ecevit;Suleyman Demirel;Süleyman Demirel;Demirel;Turgut Ozal;Abdullah Gul;Abdullah Gül;Ahmet Davutoglu;Davutoglu;Mevlut Cavusoglu;Cavusoglu
POL|Lech Walesa;Lech Wałęsa;Walesa;Aleksander Kwasniewski;Kwasniewski;Lech Kaczynski;Jaroslaw Kaczynski;Mateusz Morawiecki;Karol Nawrocki;Sikorski
CZE|Vaclav Havel;Václav Havel;Havel;Vaclav Klaus;Petr Fiala
SVK|Robert Fico;Fico
HUN|Peter Szijjarto;Péter Szijjártó;Szijjarto
ROU|Ion Iliescu;Iliescu;Klaus Iohannis
SRB|Slobodan Milosevic;Slobodan Milošević;Milosevic;Milošević;Vojislav Kostunica;Kostunica;Zoran Djindjic;Aleksandar Vucic;Aleksandar Vučić;Vucic;Vučić;Ivica Dacic
HRV|Franjo Tudjman;Franjo Tuđman;Tudjman;Tuđman;Stjepan Mesic;Andrej Plenkovic
BIH|Alija Izetbegovic;Alija Izetbegović;Izetbegovic;Radovan Karadzic;Radovan Karadžić;Karadzic;Ratko Mladic;Ratko Mladić;Mladic;Milorad Dodik;Dodik
XKX|Ibrahim Rugova;Rugova;Hashim Thaci;Hashim Thaçi;Thaci;Albin Kurti;Kurti
ALB|Sali Berisha;Berisha;Edi Rama
ISR|Yitzhak Rabin;Rabin;Shimon Peres;Peres;Yitzhak Shamir;Shamir;Ehud Barak;Ariel Sharon;Ehud Olmert;Olmert;Naftali Bennett;Yair Lapid;Benny Gantz;Gantz;Tzipi Livni;Livni;Avigdor Lieberman;Moshe Arens;David Levy;Isaac Herzog;Gideon Saar;Gideon Sa'ar
PSE|Yasser Arafat;Arafat;Mahmoud Abbas;Abbas;Ahmed Qurei;Saeb Erekat;Erekat;Salam Fayyad;Mohammad Shtayyeh;Mohammad Mustafa
EGY|Hosni Mubarak;Mubarak;Anwar Sadat;Sadat;Mohamed Morsi;Morsi;Abdel Fattah el-Sisi;Abdel Fattah al-Sisi;el-Sisi;al-Sisi;Sisi;Amr Moussa;Sameh Shoukry;Shoukry;Badr Abdelatty
LBY|Muammar Gaddafi;Muammar Qaddafi;Moammar Gadhafi;Gaddafi;Qaddafi;Gadhafi;Kadhafi;Khalifa Haftar;Haftar;Abdul Hamid Dbeibah
SYR|Hafez al-Assad;Hafez Assad;Walid Muallem;Farouk al-Sharaa;Ahmed al-Sharaa;al-Sharaa;Asaad al-Shaibani
IRQ|Saddam Hussein;Saddam;Tariq Aziz;Nouri al-Maliki;Nuri al-Maliki;Maliki;Haider al-Abadi;Abadi;Jalal Talabani;Talabani;Ayad Allawi;Allawi;Ibrahim al-Jaafari;Mohammed Shia al-Sudani;Mustafa al-Kadhimi
IRN|Ruhollah Khomeini;Ayatollah Khomeini;Akbar Hashemi Rafsanjani;Rafsanjani;Mohammad Khatami;Khatami;Mahmoud Ahmadinejad;Ahmadinejad;Hassan Rouhani;Rouhani;Mohammad Javad Zarif;Javad Zarif;Zarif;Ali Akbar Velayati;Velayati;Kamal Kharrazi;Manouchehr Mottaki;Hossein Amir-Abdollahian
JOR|King Hussein;King Abdullah II;Ayman Safadi;Safadi
SAU|King Fahd;King Salman;Mohammed bin Salman;Crown Prince Mohammed;Saud al-Faisal;Adel al-Jubeir;Faisal bin Farhan
MAR|King Hassan II;King Mohammed VI
LBN|Rafik Hariri;Saad Hariri;Hariri;Michel Aoun;Aoun;Najib Mikati;Mikati;Nabih Berri;Joseph Aoun;Nawaf Salam;Elias Hrawi;Emile Lahoud;Lahoud
AFG|Hamid Karzai;Karzai;Ashraf Ghani;Burhanuddin Rabbani;Rabbani;Najibullah;Abdullah Abdullah
PAK|Pervez Musharraf;Musharraf;Nawaz Sharif;Shehbaz Sharif;Sharif;Benazir Bhutto;Bhutto;Asif Ali Zardari;Zardari;Imran Khan;Zia-ul-Haq;Zia ul-Haq;Asim Munir;Ishaq Dar
IND|Manmohan Singh;Atal Bihari Vajpayee;Vajpayee;Rajiv Gandhi;Indira Gandhi;P.V. Narasimha Rao;Narasimha Rao;Jaswant Singh;Sushma Swaraj
BGD|Sheikh Hasina;Khaleda Zia;Muhammad Yunus
LKA|Chandrika Kumaratunga;Kumaratunga;Mahinda Rajapaksa;Gotabaya Rajapaksa;Rajapaksa;Ranil Wickremesinghe;Wickremesinghe;Anura Kumara Dissanayake
NPL|Pushpa Kamal Dahal;Prachanda;K.P. Sharma Oli
MMR|Aung San Suu Kyi;Suu Kyi;Min Aung Hlaing;Than Shwe
KHM|Hun Sen;Hun Manet;Norodom Sihanouk;Sihanouk;Norodom Ranariddh;Ranariddh
THA|Thaksin Shinawatra;Thaksin;Yingluck Shinawatra;Yingluck;Prayut Chan-o-cha;Prayuth Chan-ocha;Prayut;Chuan Leekpai;Paetongtarn Shinawatra
MYS|Mahathir Mohamad;Mahathir;Anwar Ibrahim;Najib Razak
SGP|Lee Kuan Yew;Lee Hsien Loong;Lawrence Wong
IDN|Suharto;Soeharto;B.J. Habibie;Habibie;Abdurrahman Wahid;Megawati Sukarnoputri;Megawati;Susilo Bambang Yudhoyono;Yudhoyono;Joko Widodo;Jokowi;Widodo;Prabowo Subianto;Prabowo;Retno Marsudi
PHL|Ferdinand Marcos;Ferdinand Marcos Jr.;Bongbong Marcos;Corazon Aquino;Benigno Aquino;Fidel Ramos;Joseph Estrada;Gloria Macapagal Arroyo;Gloria Arroyo;Rodrigo Duterte;Duterte
VNM|Nguyen Phu Trong;To Lam;Vo Van Kiet;Phan Van Khai
CHN|Deng Xiaoping;Jiang Zemin;Li Peng;Zhu Rongji;Hu Jintao;Wen Jiabao;Li Keqiang;Qian Qichen;Tang Jiaxuan;Li Zhaoxing;Yang Jiechi;Qin Gang;Zhao Lijian;Hua Chunying
TWN|Lee Teng-hui;Chen Shui-bian;Ma Ying-jeou;Tsai Ing-wen;Lai Ching-te
PRK|Kim Il Sung;Kim Il-sung;Kim Jong Il;Kim Jong-il;Choe Son Hui;Ri Yong Ho
KOR|Kim Young-sam;Kim Dae-jung;Roh Moo-hyun;Lee Myung-bak;Park Geun-hye;Moon Jae-in
JPN|Ryutaro Hashimoto;Keizo Obuchi;Yoshiro Mori;Junichiro Koizumi;Koizumi;Shinzo Abe;Yoshihide Suga;Sanae Takaichi
AUS|John Howard;Kevin Rudd;Julia Gillard;Tony Abbott;Malcolm Turnbull;Scott Morrison;Anthony Albanese;Albanese;Alexander Downer;Penny Wong
NZL|Jacinda Ardern;Ardern;Christopher Luxon
CAN|Jean Chretien;Jean Chrétien;Stephen Harper;Justin Trudeau;Trudeau;Mark Carney;Melanie Joly;Mélanie Joly;Lloyd Axworthy
MEX|Vicente Fox;Felipe Calderon;Felipe Calderón;Enrique Pena Nieto;Enrique Peña Nieto;Andres Manuel Lopez Obrador;Andrés Manuel López Obrador;Lopez Obrador;López Obrador;Claudia Sheinbaum;Sheinbaum;Ernesto Zedillo;Zedillo;Carlos Salinas
CUB|Fidel Castro;Raul Castro;Raúl Castro;Castro;Miguel Diaz-Canel;Miguel Díaz-Canel;Diaz-Canel
VEN|Hugo Chavez;Hugo Chávez;Chavez;Chávez;Nicolas Maduro;Nicolás Maduro;Maduro;Juan Guaido;Juan Guaidó
COL|Alvaro Uribe;Álvaro Uribe;Uribe;Andres Pastrana;Andrés Pastrana;Pastrana;Juan Manuel Santos;Ivan Duque;Iván Duque;Gustavo Petro;Petro;Ernesto Samper
PER|Alberto Fujimori;Fujimori;Alejandro Toledo;Alan Garcia;Alan García;Ollanta Humala;Dina Boluarte
BOL|Evo Morales;Luis Arce
ECU|Rafael Correa;Correa;Daniel Noboa;Noboa
CHL|Augusto Pinochet;Pinochet;Ricardo Lagos;Michelle Bachelet;Sebastian Pinera;Sebastián Piñera;Gabriel Boric;Boric
ARG|Carlos Menem;Menem;Nestor Kirchner;Néstor Kirchner;Cristina Fernandez de Kirchner;Cristina Kirchner;Kirchner;Mauricio Macri;Macri;Javier Milei;Milei;Alberto Fernandez
BRA|Fernando Henrique Cardoso;Luiz Inacio Lula da Silva;Luiz Inácio Lula da Silva;Lula;Dilma Rousseff;Rousseff;Jair Bolsonaro;Bolsonaro;Michel Temer
NIC|Daniel Ortega;Violeta Chamorro
HTI|Jean-Bertrand Aristide;Aristide;Rene Preval;René Préval;Preval;Raoul Cedras;Raoul Cédras;Jovenel Moise
SLV|Nayib Bukele;Bukele
DZA|Abdelaziz Bouteflika;Bouteflika;Liamine Zeroual;Zeroual;Abdelmadjid Tebboune;Tebboune
TUN|Zine el-Abidine Ben Ali;Ben Ali;Habib Bourguiba;Kais Saied;Kais Saïed
SDN|Omar al-Bashir;Omar Hassan al-Bashir;al-Bashir;Abdel Fattah al-Burhan;Burhan;Mohamed Hamdan Dagalo;Hemedti
SSD|Salva Kiir;Riek Machar;Machar
ETH|Meles Zenawi;Meles;Abiy Ahmed;Abiy;Haile Selassie;Mengistu Haile Mariam
ERI|Isaias Afwerki;Afwerki
SOM|Siad Barre;Mohamed Farah Aidid;Aidid;Hassan Sheikh Mohamud
KEN|Daniel arap Moi;Mwai Kibaki;Kibaki;Uhuru Kenyatta;Kenyatta;William Ruto;Ruto;Raila Odinga;Odinga
UGA|Yoweri Museveni;Museveni;Idi Amin;Milton Obote
RWA|Paul Kagame;Kagame;Juvenal Habyarimana;Juvénal Habyarimana;Habyarimana
BDI|Pierre Buyoya;Buyoya;Pierre Nkurunziza;Nkurunziza
COD|Mobutu Sese Seko;Mobutu;Laurent Kabila;Laurent-Desire Kabila;Joseph Kabila;Kabila;Felix Tshisekedi;Félix Tshisekedi;Tshisekedi
AGO|Jose Eduardo dos Santos;José Eduardo dos Santos;dos Santos;Joao Lourenco;João Lourenço
ZWE|Robert Mugabe;Mugabe;Emmerson Mnangagwa;Mnangagwa;Morgan Tsvangirai;Tsvangirai
ZAF|Nelson Mandela;Mandela;Thabo Mbeki;Mbeki;Jacob Zuma;Zuma;Cyril Ramaphosa;Ramaphosa;F.W. de Klerk;de Klerk
NGA|Sani Abacha;Abacha;Olusegun Obasanjo;Obasanjo;Umaru Yar'Adua;Goodluck Jonathan;Muhammadu Buhari;Buhari;Bola Tinubu;Tinubu
GHA|Jerry Rawlings;Rawlings;John Kufuor;Kufuor;Nana Akufo-Addo;John Mahama
LBR|Charles Taylor;Ellen Johnson Sirleaf;Johnson Sirleaf;George Weah;Samuel Doe
SLE|Ahmad Tejan Kabbah;Tejan Kabbah;Kabbah;Foday Sankoh;Sankoh;Julius Maada Bio
CIV|Laurent Gbagbo;Gbagbo;Alassane Ouattara;Ouattara;Henri Konan Bedie;Henri Konan Bédié;Felix Houphouet-Boigny
SEN|Abdoulaye Wade;Macky Sall;Bassirou Diomaye Faye
MLI|Assimi Goita;Assimi Goïta;Amadou Toumani Toure
TCD|Idriss Deby;Idriss Déby;Mahamat Idriss Deby;Mahamat Déby;Hissene Habre;Hissène Habré
CMR|Paul Biya;Biya
TZA|Julius Nyerere;Jakaya Kikwete;John Magufuli;Samia Suluhu Hassan
MOZ|Joaquim Chissano;Armando Guebuza;Filipe Nyusi
NAM|Sam Nujoma
QAT|Sheikh Hamad bin Khalifa al-Thani;Sheikh Tamim bin Hamad al-Thani
VAT|Pope John Paul II;Pope Benedict XVI;Pope Benedict;Pope Francis;Pope Leo XIV;Pope Leo
"""

# International and non-state bodies -> canonical name. Kind "IGO" or "NGO".
BODIES = """
United Nations|IGO|United Nations;UN;U.N.;UN Security Council;U.N. Security Council;Security Council;UN General Assembly;General Assembly;UN Secretary-General;U.N. Secretary-General;UN secretary general;UN chief;UN peacekeepers;U.N. peacekeepers;UNHCR;UN refugee agency;UNICEF;Secretary-General;Boutros Boutros-Ghali;Boutros-Ghali;Ban Ki-moon;Javier Perez de Cuellar;Javier Pérez de Cuéllar;Hans Blix;Blix;Antonio Guterres;António Guterres;Guterres;Kofi Annan;Annan
NATO|IGO|NATO;North Atlantic Treaty Organization;North Atlantic Treaty Organisation;Atlantic Alliance;Mark Rutte;Rutte;Jens Stoltenberg;Stoltenberg
European Union|IGO|European Union;EU;E.U.;European Commission;European Council;European Parliament;European Community;European common market;Brussels;Josep Borrell;Borrell;Javier Solana;Solana;Jose Manuel Barroso;José Manuel Barroso;Barroso;Jean-Claude Juncker;Juncker;Catherine Ashton;Federica Mogherini;Mogherini;Ursula von der Leyen;von der Leyen;Charles Michel
African Union|IGO|African Union;AU;Organization of African Unity;OAU
Arab League|IGO|Arab League;League of Arab States
OSCE|IGO|OSCE;Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe
IAEA|IGO|IAEA;International Atomic Energy Agency;Mohamed ElBaradei;ElBaradei;Yukiya Amano;Rafael Grossi;Grossi
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
Doctors Without Borders|NGO|Doctors Without Borders;Medecins Sans Frontieres;Médecins Sans Frontières;MSF
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
Reporters Without Borders|NGO|Reporters Without Borders;Reporters sans frontieres;Reporters sans frontières
Rapid Support Forces|NGO|Rapid Support Forces;RSF
Greenpeace|NGO|Greenpeace
Oxfam|NGO|Oxfam
Save the Children|NGO|Save the Children
Transparency International|NGO|Transparency International
International Crisis Group|NGO|International Crisis Group
Physicians for Human Rights|NGO|Physicians for Human Rights
Asian Development Bank|IGO|Asian Development Bank;ADB
African Development Bank|IGO|African Development Bank;AfDB
Inter-American Development Bank|IGO|Inter-American Development Bank;IDB
European Investment Bank|IGO|European Investment Bank;EIB
European Bank for Reconstruction and Development|IGO|European Bank for Reconstruction and Development;EBRD
Organisation for the Prohibition of Chemical Weapons|IGO|Organisation for the Prohibition of Chemical Weapons;Organization for the Prohibition of Chemical Weapons;OPCW
Caribbean Community|IGO|Caribbean Community;CARICOM
East African Community|IGO|East African Community
Pacific Islands Forum|IGO|Pacific Islands Forum
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

# Names that hold a state's name but are not the state ("South China Sea", "Gulf of Mexico"): found so that
# the state inside them is not, then dropped.
NOT_ACTORS = """
South China Sea;East China Sea;Sea of Japan;Gulf of Mexico;Gulf of Oman;Gulf of Aden;Gulf of Guinea;Persian Gulf;Arabian Sea;Arabian Peninsula;Indian Ocean;Sea of Azov;Black Sea;Irish Sea;Strait of Hormuz;Taiwan Strait;Korean Peninsula;New Mexico;New Guinea;Jordan River;Jordan Valley;Chad Basin;Lake Chad;Panama Canal;Suez Canal;Congo River;Niger River
"""
