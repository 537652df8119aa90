# Authoring helper: (id, kind, lang, query, need, all, strong, none, filters)
R = {
 "fire_wild": r"wildfire|forest fires?|wildland fire|bushfire|bosbrand|natuurbrand",
 "plate": r"licen[cs]e plates?|number plates?|kenteken|\bANPR\b|\bALPR\b",
 "parking": r"\bparking|parkeer|parkeren",
 "speech": r"transcri|speech[- ]to[- ]text|spraak naar tekst|spraakherkenning|speech recognition|voice recognition|automatic speech",
 "face": r"facial recognition|face recognition|gezichtsherkenning|face matching|facial (comparison|matching|biometric)|face detection",
 "pothole": r"pothole|road (surface|damage|condition|defect)s?|wegdek|asphalt damage|pavement (condition|damage|distress)",
 "predmaint": r"predictive maintenance|voorspellend onderhoud|predict\w*.{0,40}(failure|breakdown|maintenance)|failure prediction|condition monitoring|onderhoud.{0,40}voorspel|voorspel.{0,40}onderhoud",
 "flood": r"\bflood|overstroming|hoogwater|inundat",
 "air": r"air quality|luchtkwaliteit|air pollution|luchtvervuiling|fijnstof|particulate matter|stikstofdioxide|nitrogen dioxide",
 "trafficlight": r"traffic (lights?|signals?)|verkeerslicht|\biVRI|verkeersregelinstallatie|signal timing",
 "waste": r"\bwaste\b|\bafval|garbage|trash|refuse collection|zwerfafval|\blitter",
 "tax": r"\btax|belasting|fiscal|\bVAT\b|\bbtw\b|\bIRS\b",
 "fraud": r"fraud|fraude|evasion|ontduiking|misbruik|misuse|improper payment|onrechtmatig",
 "medimg": r"x-rays?|radiolog|\bCT\b|\bMRI\b|mammogra|medical imag|retina|patholog|ultrasound|dermatolog",
 "cyber": r"cyber|malware|phishing|intrusion|ransomware|network (traffic|security)|security operations",
 "sat": r"satellite|remote sensing|aerial (image|photo)|luchtfoto|satelliet|earth observation",
 "agri": r"\bcrops?\b|agricultur|farm|landbouw|gewas|vegetation|land use|land cover|grassland",
 "drone": r"\bdrones?\b|\bUAVs?\b|unmanned aerial|unmanned aircraft|\bUAS\b|onbemand",
 "anon": r"anonymi[sz]|pseudonymi[sz]|redact|anonimis|pseudonimis|weglak|\blakken|de-identif",
 "ocr": r"handwrit|handschrift|\bOCR\b|optical character|text recognition|tekstherkenning",
 "jobs": r"job ?seekers?|unemploy|werkzoekend|werkloos|labou?r market|arbeidsmarkt|\bjobs?\b.{0,30}match|vacanc|vacature",
 "welfare": r"social benefits?|benefits? (claims?|applications?|payments?|recipients?|programs?|eligibility)|(unemployment|disability|child|housing|veterans'?) benefits?|welfare|bijstand|uitkering|social assistance|social security|toeslag|participatiewet|unemployment insurance|\bSNAP\b|medicaid",
 "weather": r"weather|meteorolog|precipitation|rainfall|neerslag|\bweer(bericht|voorspelling|data)?\b",
 "wildlife": r"wildlife|\banimals?\b|\bspecies\b|\bbirds?\b|\bfish(es)?\b|\bseals?\b|whales?|\bdeer\b|diersoort|\bvogels?\b|\bdieren\b|camera traps?",
 "contract": r"\bcontracts?\b|contracting|procurement|aanbesteding|inkoop",
 "foia": r"\bFOIA\b|freedom of information|public records requests?|Woo-verzoek|Wob-verzoek|\bWoo\b|\bWob\b|openbaarmaking|information requests?",
 "invasive": r"invasive (species|plants?|weeds?)|invasieve exoten|\bexoten\b|non-native species",
 "translate": r"translat|vertal",
 "woz": r"\bWOZ\b|waardering onroerende|property valu|taxatie|house prices?|woningwaarde|real estate valu|home valu|property assess|apprais",
 "permit": r"vergunning|permits?\b|licen[cs]e applications?|omgevingswet",
 "chatbot": r"chat ?bots?|virtue(le|el) (assistent|agent|medewerker)|digita(le|al) (assistent|medewerker)|virtual (agent|assistant)s?|voice ?bots?|conversational (ai|agent)|chatgesprek",
 "municipal": r"gemeente|municipal|\bcity\b|\bstad\b|local (government|authority)|council",
 "litter": r"zwerfafval|\blitter|afval op straat|bijplaats|illegal dumping|dumping|afvaldump|grofvuil|illegaal (gestort|afval)",
 "genai": r"generative|\bLLMs?\b|large language models?|\bGPT|copilot|chatgpt|\bgenAI\b|taalmodel|gen ?AI",
 "docfraud": r"\b(passports?|identity documents?|ID documents?|paspoort|identiteitsbewijs|ID cards?|travel documents?|rijbewijs|driver'?s licen[cs]es?)\b",
 "fake": r"forg|\bfake|counterfeit|vervals|valse|fraud|fraude|echtheid|authentic",
 "debt": r"\bdebts?\b|schulden|\bschuld\b|arrears|betalingsachterstand|achterstand|overdue|delinquen",
 "calls": r"call (center|centre)s?|phone calls?|telephon|\bcallers?\b|klantcontact|telefo(on|nisch)|contact cent|\bIVR\b|hotline",
 "child": r"\bchild|\bkind(eren)?\b|youth|jeugd|minors?\b|\bfoster",
 "childrisk": r"\brisks?\b|risico|abuse|mishandeling|neglect|maltreat|protection|bescherming|veilig thuis|safety|veiligheid",
 "trees": r"\bbomen\b|\bboom\b|\btrees?\b|\bboomveiligheid|groenbeheer|tree canopy",
 "rental": r"vakantieverhuur|holiday rentals?|woonfraude|illegal (rental|subletting|occupancy)|onderverhuur|airbnb|short[- ]term rentals?|illegale (verhuur|bewoning|onderverhuur)|adresfraude|housing fraud|woningfraude",
 "noise": r"\bnoise\b|geluidsoverlast|geluidshinder|geluidsmeting|geluidsniveau|\bgeluid\b|decibel",
 "road": r"\broads?\b|\bwegen\b|wegbeheer|wegonderhoud|wegdek|pavement|asfalt|asphalt|\bstreets?\b|\bstraat|highway|snelweg",
 "maint": r"maintenance|onderhoud|repair|condition|conditie|damage|schade|inspect",
 "traffic": r"\btraffic|\bverkeer|congestion|\bfiles?\b|doorstroming|vehicle counts?",
 "vision": r"computer vision|image|camera|video|beeld|\bfoto|photo|visual",
 "suicide": r"suicid|self-harm|zelfdoding|crisis line|veterans crisis",
 "drug": r"\bdrugs?\b|medication|pharmac|opioid|prescription",
 "mail": r"(classif|rout|sort|triag|categori|sorteer|rubricer|distribut|verdeel)\w*.{0,60}(mail|letters?|correspondence|inquir|requests?|\bpost\b|brieven|verzoeken|tickets?|berichten)|(mail|letters?|correspondence|inquir|requests?|brieven|verzoeken|tickets?|berichten).{0,60}(classif|rout|sort|triag|categori|sorteer|rubricer|distribut|verdeel)",
 "sentiment": r"sentiment|opinion mining|public opinion|emotion",
 "social": r"social media|sociale media|twitter|facebook|tweets?\b|online (comments|posts)|public (comments|feedback)",
}
N = []
def need(i, kind, lang, q, text, all_, strong=(), none=(), filters=()):
    N.append(dict(id=i, kind=kind, lang=lang, query=q, need=text, all=[R.get(a, a) for a in all_],
                  strong=[R.get(s, s) for s in strong], none=[R.get(x, x) for x in none], filters=[list(f) for f in filters]))
L="lexical"; P="paraphrase"; X="cross-language"; F="filters+words"
# lexical
need("lex-wildfire", L, "en", "wildfire detection", "AI that detects, monitors or predicts wildfires.", ["fire_wild"], [r"detect|monitor|predict|early warning|spot|identif|opsporen|detectie|voorspel"])
need("lex-plates", L, "en", "license plate recognition", "Automatic recognition of vehicle licence plates.", ["plate"], [r"recogni|read|scan|herken|ANPR|ALPR"])
need("lex-parking", L, "en", "parking enforcement scan car", "Parking enforcement, scan cars checking parked cars.", ["parking"], [r"scan ?(car|auto|voertuig)|enforce|handhav|controle|fines?\b|boete|ticket"])
need("lex-transcription", L, "en", "speech to text transcription", "Transcribing speech (calls, hearings, interviews) into text.", ["speech"], [r"transcri|speech[- ]to[- ]text|spraak naar tekst"])
need("lex-face", L, "en", "facial recognition", "Face recognition or face matching of people.", ["face"])
need("lex-pothole", L, "en", "pothole detection", "Detecting potholes and damage of road surfaces.", ["pothole"], [r"pothole|wegdek"])
need("lex-predmaint", L, "en", "predictive maintenance", "Predicting failures so equipment or assets are maintained in time.", ["predmaint"], [r"predictive maintenance|voorspellend onderhoud"])
need("lex-flood", L, "en", "flood prediction", "Predicting or forecasting floods.", ["flood"], [r"predict|forecast|voorspel|warning|waarschuw"])
need("lex-air", L, "en", "air quality monitoring", "Monitoring or forecasting air quality and pollution.", ["air"], [r"monitor|predict|forecast|measur|sensor|meten|meting|voorspel"])
need("lex-trafficlights", L, "en", "traffic light optimisation", "Traffic signals whose timing is optimised or adaptive.", ["trafficlight"], [r"optimi|adaptive|timing|\bflow|doorstroming|slim|smart|intelligent"])
need("lex-waste", L, "en", "waste collection route planning", "Planning or optimising waste collection.", ["waste"], [r"collect|route|inzamel|container|pick-?up"])
need("lex-taxfraud", L, "en", "tax fraud detection", "Detecting tax fraud or evasion.", ["tax", "fraud"], [r"fraud|fraude|evasion|ontduiking"])
need("lex-medimg", L, "en", "medical image analysis diagnosis", "Analysing medical images to support diagnosis.", ["medimg"], [r"diagnos|detect|screen"])
need("lex-cyber", L, "en", "cybersecurity threat detection", "Detecting cyber threats, intrusions, malware or phishing.", ["cyber"], [r"threat|attack|detect|anomal|malicious"])
need("lex-satcrops", L, "en", "satellite imagery crop monitoring", "Satellite or aerial imagery to monitor crops or land use.", ["sat", "agri"], [r"\bcrops?\b|gewas"])
need("lex-drone", L, "en", "drone inspection", "Drones used to inspect, survey or monitor.", ["drone"], [r"inspect|survey|monitor|imag"])
need("lex-anon", L, "en", "document anonymisation redaction", "Anonymising or redacting personal data in documents.", ["anon"], [r"anonymi|anonimis|redact|weglak|lakken"])
need("lex-ocr", L, "en", "handwritten text recognition OCR", "Reading handwritten or scanned text (OCR).", ["ocr"], [r"handwrit|handschrift"])
need("lex-sentiment", L, "en", "sentiment analysis", "Sentiment analysis of texts.", [r"sentiment"], [r"sentiment analy"])
need("lex-jobseekers", L, "en", "job seeker profiling", "Profiling, classifying or matching job seekers.", ["jobs"], [r"profil|match|predict|classif|segment"])
need("lex-welfarefraud", L, "en", "welfare benefit fraud", "Detecting fraud or misuse of welfare benefits.", ["welfare", "fraud"], [r"fraud|fraude"])
need("lex-weather", L, "en", "weather forecasting", "Forecasting the weather.", ["weather"], [r"forecast|predict|voorspel|nowcast"])
need("lex-wildlife", L, "en", "wildlife species identification", "Identifying or counting wild animal species.", ["wildlife"], [r"identif|detect|classif|count|recogni"])
need("lex-contract", L, "en", "contract review", "Reviewing or analysing contracts.", [r"\bcontracts?\b"], [r"review|analy|clause|extract|compliance"])
need("lex-foia", L, "en", "FOIA request processing", "Processing freedom-of-information requests.", ["foia"], [r"process|review|redact|search|lak|verzoek|request"])
need("lex-invasive", L, "en", "invasive species", "Detecting or mapping invasive species.", ["invasive"])
need("lex-translation", L, "en", "machine translation", "Machine translation of texts.", ["translate"], [r"machine translat|automat\w* translat|automatisch vertal|translation (tool|service|software)|neural"])
need("lex-woz", L, "nl", "WOZ waarde taxatie", "Valuation of real estate for the WOZ property tax.", ["woz"], [r"\bWOZ\b"])
need("lex-permit", L, "nl", "vergunningaanvraag beoordelen", "Assessing permit applications.", ["permit"], [r"aanvra|application|beoordel|review|check|toets"])
need("lex-smartlights", L, "nl", "slimme verkeerslichten", "Smart (intelligent) traffic lights.", ["trafficlight"], [r"slim|intelligent|smart|\biVRI|adaptive|optimi"])
need("lex-chatbotnl", L, "nl", "chatbot gemeente", "A chatbot of a municipality.", ["chatbot"], ["municipal"])
need("lex-litter", L, "nl", "zwerfafval herkennen", "Recognising litter or illegally dumped waste.", ["litter"], [r"herken|detect|recogni|camera|beeld|image|scan"])
# paraphrase
need("par-afterhours", P, "en", "help residents get answers outside office hours", "Automated help (chatbot, virtual agent) answering the public at any time.", ["chatbot"], [r"24/7|24 ?(hours|uur)|around the clock|any ?time|after[- ]hours|outside|dag en nacht|always available|self[- ]service|buiten kantoor"])
need("par-unpaidparking", P, "en", "finding cars that did not pay for parking", "Parking enforcement: finding unpaid parked cars.", ["parking"], [r"scan|enforce|handhav|fines?\b|boete|paid|betaald|licen[cs]e plate|kenteken"])
need("par-firerisk", P, "en", "predict which buildings are likely to catch fire", "Fire risk prediction for buildings, to target inspections.", [r"\bfires?\b|\bbrand(en|weer|risico|veilig)|fire (risk|safety|inspection)"], [r"building|gebouw|pand|inspect|risk|risico"], ["fire_wild"])
need("par-roadcracks", P, "en", "spotting holes and cracks in the road", "Detecting road damage such as potholes and cracks.", ["pothole"], [r"pothole|crack|scheur"])
need("par-spokentext", P, "en", "turning spoken words into written text", "Speech to text.", ["speech"], [r"transcri|speech[- ]to[- ]text|spraak naar tekst|dictat"])
need("par-cheating", P, "en", "checking whether people receiving support are cheating", "Detecting fraud by people receiving welfare or benefits.", ["welfare", "fraud"], [r"fraud|fraude"])
need("par-cameraid", P, "en", "recognising people from camera footage", "Identifying persons in images or video (face recognition).", ["face"])
need("par-vehicleid", P, "en", "automatically identifying vehicles from cameras", "Recognising vehicles or their plates from camera images.", [r"licen[cs]e plates?|number plates?|kenteken|\bANPR\b|\bALPR\b|vehicle (detection|identification|recognition|classification)"], [r"plate|kenteken|ANPR|ALPR"])
need("par-mailsort", P, "en", "sorting incoming letters and emails to the right department", "Classifying and routing incoming correspondence.", ["mail"], [r"rout|triag|distribut|verdeel|doorzet|right (department|team|person)|juiste"])
need("par-housevalue", P, "en", "estimating house values for property tax", "Automated valuation of homes for property tax.", ["woz"], [r"\btax|belasting|\bWOZ\b"])
need("par-drafting", P, "en", "software that drafts texts for civil servants", "Generative AI or language models that write or summarise texts for staff.", ["genai"], [r"draft|writ|generat|schrijv|summar|samenvat"])
need("par-illness", P, "en", "finding illness in scans of patients", "Analysing medical images to find disease.", ["medimg", r"patient|clinical|health|medical|diagnos|disease|cancer|tumou?r"], [r"diagnos|disease|cancer|tumou?r|lesion"])
need("par-fakeid", P, "en", "finding fake identity papers", "Detecting forged or fraudulent identity documents.", ["docfraud", "fake"], [r"forg|fake|counterfeit|vervals|fraud"])
need("par-machinebreak", P, "en", "knowing in advance when a machine will break", "Predictive maintenance of equipment.", ["predmaint"])
need("par-riverwarning", P, "en", "warning people before rivers overflow", "Flood forecasting and warning.", ["flood"], [r"warning|forecast|predict|waarschuw|voorspel"])
need("par-cleanair", P, "en", "keeping the air in the city clean", "Monitoring or managing air quality.", ["air"])
need("par-greenlights", P, "en", "making green lights last longer when traffic is busy", "Adaptive traffic light timing.", ["trafficlight"], [r"optimi|adaptive|timing|\bflow|doorstroming"])
need("par-fullbins", P, "en", "emptying bins only when they are full", "Smart waste containers with fill-level sensors.", ["waste", r"\bfill|\bfull\b|sensor|vulgraad|\bvol\b"], [r"\bfill|sensor|vulgraad"])
need("par-hackers", P, "en", "protecting computers from hackers", "Cybersecurity: detecting attacks and intrusions.", ["cyber"], [r"threat|attack|detect|anomal|malicious"])
need("par-farmspace", P, "en", "watching farmland from space", "Satellite imagery of agriculture.", ["sat", "agri"])
need("par-blackout", P, "en", "blacking out personal details in documents before publishing", "Redacting or anonymising documents.", ["anon"], [r"redact|weglak|lakken|anonymi|anonimis"])
need("par-vacancies", P, "en", "matching unemployed people with vacancies", "Matching job seekers with jobs.", ["jobs"], [r"match"])
need("par-feelings", P, "en", "how people feel about government services online", "Sentiment or opinion analysis of public feedback or social media.", ["sentiment"], ["social"])
need("par-animalphotos", P, "en", "counting animals in photos from the field", "Detecting or counting animals in images.", ["wildlife", r"image|photo|camera|video|imagery|beeld|foto"], [r"count|detect|identif|classif|recogni"])
need("par-inforequests", P, "en", "helping staff answer requests for government records", "Supporting FOIA / information requests.", ["foia"])
need("par-debts", P, "en", "finding people who need help with their debts early", "Early detection of debt problems.", ["debt"], [r"early|vroeg|signal|predict|risk"])
need("par-callers", P, "en", "understanding what callers want when they phone", "Speech or language technology for phone contact centres.", ["calls"], [r"speech|intent|rout|transcri|understand|classif|spraak|natural language"])
need("par-childrisk", P, "en", "which children may be unsafe at home", "Risk assessment or screening in child protection.", ["child", "childrisk"], [r"predict|risk|risico|screen|signal"])
need("par-trees", P, "nl", "bomen die om kunnen vallen", "Assessing the risk of trees falling or being unhealthy.", ["trees"], [r"risico|risk|inspect|ziek|disease|\bval|stabil|conditie|health|gezond|veilig"])
need("par-dropout", P, "nl", "jongeren die zonder diploma van school gaan", "Early school leaving and truancy.", [r"school ?(drop|leav)|voortijdig schoolverlat|\bVSV\b|dropout|drop-out|schoolverzuim|absenteeism|truan|leerplicht|schooluitval"])
need("par-queue", P, "nl", "minder lang wachten aan de telefoon", "Shorter waiting on the phone: call routing, voicebots, contact-centre help.", ["calls"], [r"wacht|wait|voice ?bot|spraak|speech|chatbot|rout"])
# cross-language (query language differs from much of the relevant set)
need("x-face-nl", X, "nl", "gezichtsherkenning", "Face recognition.", ["face"])
need("x-speech-nl", X, "nl", "spraakherkenning", "Speech recognition and transcription.", ["speech"])
need("x-translate-nl", X, "nl", "vertaalsoftware", "Machine translation.", ["translate"], [r"machine|automat|software|tool|neural|real[- ]time"])
need("x-welfare-nl", X, "nl", "fraudeopsporing uitkeringen", "Detecting fraud with welfare benefits.", ["welfare", "fraud"], [r"fraud|fraude"])
need("x-plates-nl", X, "nl", "kentekenherkenning", "Recognition of licence plates.", ["plate"])
need("x-flood-nl", X, "nl", "overstromingen voorspellen", "Flood prediction.", ["flood"], [r"predict|forecast|voorspel|warning"])
need("x-air-nl", X, "nl", "luchtkwaliteit meten", "Measuring air quality.", ["air"], [r"monitor|measur|sensor|meten|meting"])
need("x-waste-nl", X, "nl", "afvalinzameling", "Waste collection.", ["waste"], [r"collect|inzamel|container"])
need("x-cyber-nl", X, "nl", "cyberbeveiliging dreigingen", "Cybersecurity threat detection.", ["cyber"])
need("x-taxfraud-nl", X, "nl", "belastingfraude", "Tax fraud detection.", ["tax", "fraud"])
need("x-medimg-nl", X, "nl", "beeldherkenning medische scans", "Image analysis of medical scans.", ["medimg"], [r"diagnos|detect|screen"])
need("x-drone-nl", X, "nl", "onbemande luchtvaartuigen inspectie", "Drones for inspection.", ["drone"], [r"inspect|survey|monitor"])
need("x-anon-nl", X, "nl", "documenten anonimiseren", "Anonymising documents.", ["anon"])
need("x-traffic-nl", X, "nl", "verkeersstromen voorspellen", "Predicting traffic flows.", ["traffic", r"predict|forecast|voorspel|model"], [r"predict|forecast|voorspel"])
need("x-jobs-nl", X, "nl", "werkzoekenden matchen met vacatures", "Matching job seekers with vacancies.", ["jobs"], [r"match"])
need("x-chatbot-nl", X, "nl", "digitale assistent voor burgers", "A chatbot or virtual assistant for the public.", ["chatbot"])
need("x-genai-nl", X, "nl", "tekst genereren met taalmodellen", "Generative AI, language models that write texts.", ["genai"])
need("x-woz-en", X, "en", "property valuation for taxation", "Valuation of property for taxes (e.g. Dutch WOZ).", ["woz"], [r"\btax|belasting|\bWOZ\b"])
need("x-noise-en", X, "en", "noise nuisance measurement", "Measuring or detecting noise nuisance.", ["noise"])
need("x-undermine-en", X, "en", "organised crime money laundering", "Organised crime and money laundering (Dutch: ondermijning, witwassen).", [r"ondermijning|organi[sz]ed crime|georganiseerde criminaliteit|money laundering|witwas|criminal (networks?|organi[sz]ations?)"])
need("x-debt-en", X, "en", "early warning of debt problems", "Early detection of people with debts.", ["debt"], [r"early|vroeg|signal|predict|risk"])
need("x-trees-en", X, "en", "tree inspection and management", "Inspecting or managing trees.", ["trees"], [r"inspect|manag|beheer|risk|risico|monitor|inventar"])
need("x-youth-en", X, "en", "youth care risk assessment", "Risk assessment in youth care or child protection.", ["child", "childrisk"], [r"predict|risk|risico|screen|assess"])
need("x-permit-en", X, "en", "permit application assessment", "Assessing permit applications.", ["permit"], [r"aanvra|application|beoordel|review|assess|check|toets"])
need("x-socassist-en", X, "en", "social assistance eligibility", "Deciding eligibility for social assistance.", ["welfare"], [r"eligib|recht op|aanvra|application|assess|beoordel"])
need("x-parking-en", X, "en", "parking", "Anything on parking (enforcement, occupancy, permits).", ["parking"])
need("x-roadmaint-en", X, "en", "road maintenance planning", "Planning road maintenance from road condition data.", ["road", "maint"], [r"plan|priorit|predict|voorspel"])
need("x-litter-en", X, "en", "litter detection", "Detecting litter or dumped waste.", ["litter"], [r"detect|herken|recogni|camera|image|beeld|scan"])
# filters + words
need("f-nl-chatbot", F, "en", "chatbot", "Chatbots in the Netherlands.", ["chatbot"], filters=[("country", "NL")])
need("f-us-chatbot", F, "en", "chatbot", "Chatbots in the US.", ["chatbot"], filters=[("country", "US")])
need("f-omb-fraud", F, "en", "fraud detection", "Fraud detection in the US federal inventory.", ["fraud"], [r"detect|identif|flag|predict"], filters=[("dataset", "omb-2025")])
need("f-nl-fraude", F, "nl", "fraude", "Fraud in the Dutch register.", ["fraud"], filters=[("country", "NL")])
need("f-us-translate", F, "en", "translation", "Translation in the US.", ["translate"], filters=[("country", "US")])
need("f-muni-traffic", F, "en", "traffic", "Traffic, for municipalities.", ["traffic"], filters=[("organisation_type", "municipality")])
need("f-retired-chatbot", F, "en", "chatbot", "Retired chatbots.", ["chatbot"], filters=[("status", "retired")])
need("f-pilot-vision", F, "en", "camera images", "Pilots analysing camera images.", ["vision"], [r"camera"], filters=[("status", "pilot")])
need("f-us-wildfire", F, "en", "wildfire", "Wildfire work in the US.", ["fire_wild"], filters=[("country", "US")])
need("f-nl-parking", F, "nl", "parkeren", "Parking in the Netherlands.", ["parking"], filters=[("country", "NL")])
need("f-chatbot-tax", F, "en", "tax", "Chatbot technique on taxes.", ["tax"], filters=[("technique", "chatbot")])
need("f-cv-road", F, "en", "road", "Computer vision on roads.", ["road"], filters=[("technique", "computer vision")])
need("f-pred-fraud", F, "en", "fraud", "Predictive analytics for fraud.", ["fraud"], filters=[("technique", "predictive analytics")])
need("f-va-suicide", F, "en", "suicide prevention", "Suicide prevention at Veterans Affairs.", ["suicide"], filters=[("organisation", "Department of Veterans Affairs")])
need("f-hhs-drug", F, "en", "drug safety", "Drugs and medication at HHS.", ["drug"], [r"safety|adverse|review"], filters=[("organisation", "Department of Health and Human Services")])
need("f-pstw-face", F, "en", "facial recognition", "Face recognition in the EU tech watch.", ["face"], filters=[("dataset", "pstw")])
need("f-nl-afval", F, "nl", "afval", "Waste in the Dutch register.", ["waste"], filters=[("dataset", "algoritmeregister")])
need("f-planned-genai", F, "en", "generative AI", "Planned generative AI.", ["genai"], filters=[("status", "planned")])
need("f-muni-parking", F, "en", "parking", "Parking, municipalities.", ["parking"], filters=[("organisation_type", "municipality")])
need("f-us-speech", F, "en", "speech transcription", "Speech to text in the US.", ["speech"], filters=[("country", "US")])
need("f-pstw-flood", F, "en", "flood", "Floods in the EU tech watch.", ["flood"], filters=[("dataset", "pstw")])
need("f-nl-woz", F, "nl", "WOZ", "WOZ valuation in the Netherlands.", ["woz"], filters=[("country", "NL")])
need("f-nasa-sat", F, "en", "satellite images", "Satellite imagery at NASA.", ["sat"], filters=[("organisation", "National Aeronautics and Space Administration")])
need("f-inuse-translate", F, "en", "translation", "Translation in use.", ["translate"], filters=[("status", "in_use")])
need("f-omb-cyber", F, "en", "cybersecurity", "Cybersecurity in the US inventory.", ["cyber"], filters=[("dataset", "omb-2025")])
need("f-es-chatbot", F, "en", "chatbot", "Chatbots in Spain.", ["chatbot"], filters=[("country", "ES")])
need("f-de-traffic", F, "en", "traffic", "Traffic in Germany.", ["traffic"], filters=[("country", "DE")])
need("f-it-chatbot", F, "en", "virtual assistant", "Virtual assistants in Italy.", ["chatbot"], filters=[("country", "IT")])
need("f-region-health", F, "en", "hospital patients", "Hospitals and patients, regions.", [r"hospital|patient|ziekenhuis|health ?care|zorg"], filters=[("organisation_type", "region")])
need("f-doj-evidence", F, "en", "evidence video review", "Reviewing evidence and video at the Department of Justice.", [r"evidence|video|footage"], [r"video|footage"], filters=[("organisation", "Department of Justice")])

if __name__ == "__main__":
    import json, sys
    json.dump(N, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(N), Counter(n["kind"] for n in N))
