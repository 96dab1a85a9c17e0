<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>exercise:ankle-pumps</name>
        <message>
            <source>Ankle pumps and circles</source>
            <comment>name</comment>
            <translation>Enkels pompen en draaien</translation>
        </message>
        <message>
            <source>Point, flex and circle your feet to keep the blood moving in your lower legs.</source>
            <comment>summary</comment>
            <translation>Strek, buig en draai je voeten om het bloed in je onderbenen in beweging te houden.</translation>
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>dose</comment>
            <translation>10 keer pompen en 10 rondjes per voet</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 pumps and 10 circles.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 10 keer pompen en 10 rondjes.</translation>
        </message>
        <message>
            <source>Stretch one leg out in front, heel on the floor, and point your toes away.</source>
            <comment>steps[0].text</comment>
            <translation>Strek één been naar voren, hiel op de grond, en wijs met je tenen van je af.</translation>
        </message>
        <message>
            <source>Pull your toes back toward you, then point them again. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Trek je tenen naar je toe en strek ze weer. 10 keer.</translation>
        </message>
        <message>
            <source>Draw slow circles with your foot, 5 each way.</source>
            <comment>steps[2].text</comment>
            <translation>Draai langzame rondjes met je voet, 5 in elke richting.</translation>
        </message>
        <message>
            <source>Switch legs and do both moves with the other foot.</source>
            <comment>steps[3].text</comment>
            <translation>Wissel van been en doe beide bewegingen met de andere voet.</translation>
        </message>
        <message>
            <source>6 pumps and 6 circles a foot</source>
            <comment>levels[0].dose</comment>
            <translation>6 keer pompen en 6 rondjes per voet</translation>
        </message>
        <message>
            <source>Fewer, smaller movements; keep the heel on the floor.</source>
            <comment>levels[0].how</comment>
            <translation>Minder en kleinere bewegingen; houd je hiel op de grond.</translation>
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>levels[1].dose</comment>
            <translation>10 keer pompen en 10 rondjes per voet</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>15 pumps and 15 circles a foot</source>
            <comment>levels[2].dose</comment>
            <translation>15 keer pompen en 15 rondjes per voet</translation>
        </message>
        <message>
            <source>Lift the foot off the floor and make the circles larger.</source>
            <comment>levels[2].how</comment>
            <translation>Til je voet van de grond en maak de rondjes groter.</translation>
        </message>
    </context>
    <context>
        <name>exercise:back-extension</name>
        <message>
            <source>Standing back bend</source>
            <comment>name</comment>
            <translation>Achteroverbuigen in stand</translation>
        </message>
        <message>
            <source>A gentle lean back that undoes some of the forward bending of long sitting.</source>
            <comment>summary</comment>
            <translation>Rustig achteroverleunen, als tegenwicht voor het lange voorovergebogen zitten.</translation>
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>dose</comment>
            <translation>8 keer rustig achterover</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5-10 leans.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 5-10 keer achterover.</translation>
        </message>
        <message>
            <source>Lean back only as far as feels easy, and keep your knees soft.</source>
            <comment>cautions[0]</comment>
            <translation>Leun alleen zo ver achterover als makkelijk gaat en houd je knieën licht gebogen.</translation>
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>Sla deze oefening over als pijn, een doof gevoel of tintelingen uitstralen naar je been.</translation>
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation>Sla deze oefening over als je een wervelkanaalstenose of spondylolisthesis hebt.</translation>
        </message>
        <message>
            <source>Stand with feet apart and put your hands on the back of your hips, fingers down.</source>
            <comment>steps[0].text</comment>
            <translation>Sta met je voeten uit elkaar en leg je handen achter op je heupen, vingers omlaag.</translation>
        </message>
        <message>
            <source>Lean back gently over your hands, then come upright again. 8 times, slowly.</source>
            <comment>steps[1].text</comment>
            <translation>Leun rustig achterover over je handen en kom weer rechtop. 8 keer, langzaam.</translation>
        </message>
        <message>
            <source>5 small leans</source>
            <comment>levels[0].dose</comment>
            <translation>5 keer een beetje achterover</translation>
        </message>
        <message>
            <source>Lean back only a little, hands supporting the lower back.</source>
            <comment>levels[0].how</comment>
            <translation>Leun maar een klein stukje achterover, handen steunend tegen je onderrug.</translation>
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>levels[1].dose</comment>
            <translation>8 keer rustig achterover</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>10 leans, 2 s at the end</source>
            <comment>levels[2].dose</comment>
            <translation>10 keer achterover, 2 s aan het eind</translation>
        </message>
        <message>
            <source>Pause briefly at the end of each lean if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Blijf aan het eind van elke beweging even hangen als dat prettig blijft.</translation>
        </message>
    </context>
    <context>
        <name>exercise:belly-breathing</name>
        <message>
            <source>Slow belly breathing</source>
            <comment>name</comment>
            <translation>Rustige buikademhaling</translation>
        </message>
        <message>
            <source>Slow breaths into the belly, a calm way to settle between tasks.</source>
            <comment>summary</comment>
            <translation>Langzaam ademen naar je buik, een rustige manier om tussen taken tot rust te komen.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>dose</comment>
            <translation>8 rustige ademhalingen</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 6-10 breaths, about 4 s in and 6 s out.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 6-10 ademhalingen, ongeveer 4 s in en 6 s uit.</translation>
        </message>
        <message>
            <source>Feeling light-headed? Breathe more gently, or go back to normal breathing.</source>
            <comment>cautions[0]</comment>
            <translation>Word je licht in je hoofd? Adem rustiger, of ga terug naar je gewone ademhaling.</translation>
        </message>
        <message>
            <source>Don't hold your breath; let each breath flow into the next.</source>
            <comment>cautions[1]</comment>
            <translation>Houd je adem niet in; laat elke ademhaling in de volgende overgaan.</translation>
        </message>
        <message>
            <source>Sit back comfortably, shoulders loose, one hand resting on your belly.</source>
            <comment>steps[0].text</comment>
            <translation>Leun gemakkelijk achterover, schouders los, één hand op je buik.</translation>
        </message>
        <message>
            <source>Breathe in through your nose so your belly lifts your hand; breathe out long and soft.</source>
            <comment>steps[1].text</comment>
            <translation>Adem in door je neus zodat je buik je hand optilt; adem lang en zacht uit.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>5 rustige ademhalingen</translation>
        </message>
        <message>
            <source>Fewer breaths; breathe out for as long as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Minder ademhalingen; adem uit zo lang als makkelijk gaat.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation>8 rustige ademhalingen</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>10 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>10 rustige ademhalingen</translation>
        </message>
        <message>
            <source>More breaths, with a slightly longer breath out.</source>
            <comment>levels[2].how</comment>
            <translation>Meer ademhalingen, met een iets langere uitademing.</translation>
        </message>
    </context>
    <context>
        <name>exercise:bruegger-relief</name>
        <message>
            <source>Brügger relief position</source>
            <comment>name</comment>
            <translation>Brügger-ontspanningshouding</translation>
        </message>
        <message>
            <source>Sit at the chair edge and open up: the opposite of a slumped desk posture.</source>
            <comment>summary</comment>
            <translation>Ga op het randje van je stoel zitten en open je houding: het tegenovergestelde van onderuitgezakt zitten.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>dose</comment>
            <translation>5 rustige ademhalingen</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 3-5 slow breaths.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 3-5 rustige ademhalingen.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Gebruik een stoel die niet wegrolt: zonder wieltjes, of met de wieltjes vastgezet.</translation>
        </message>
        <message>
            <source>Keep the lift small; it should feel open, never strained.</source>
            <comment>cautions[1]</comment>
            <translation>Til je borst maar een klein beetje op; het moet open voelen, nooit geforceerd.</translation>
        </message>
        <message>
            <source>Move to the front edge of your seat and sit tall.</source>
            <comment>steps[0].text</comment>
            <translation>Schuif naar de voorrand van je zitting en ga rechtop zitten.</translation>
        </message>
        <message>
            <source>Set your feet wide and turned out, lift your breastbone, turn your palms forward.</source>
            <comment>steps[1].text</comment>
            <translation>Zet je voeten breed en naar buiten gedraaid, til je borstbeen op, draai je handpalmen naar voren.</translation>
        </message>
        <message>
            <source>Stay in this open shape for 5 slow breaths, then relax.</source>
            <comment>steps[2].text</comment>
            <translation>Blijf 5 rustige ademhalingen in deze open houding en ontspan dan.</translation>
        </message>
        <message>
            <source>3 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>3 rustige ademhalingen</translation>
        </message>
        <message>
            <source>Fewer breaths; turn the palms out only part way.</source>
            <comment>levels[0].how</comment>
            <translation>Minder ademhalingen; draai je handpalmen maar deels naar buiten.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation>5 rustige ademhalingen</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>8 rustige ademhalingen</translation>
        </message>
        <message>
            <source>More breaths, holding the open position throughout.</source>
            <comment>levels[2].how</comment>
            <translation>Meer ademhalingen, de hele tijd in de open houding.</translation>
        </message>
    </context>
    <context>
        <name>exercise:calf-raises</name>
        <message>
            <source>Calf raises</source>
            <comment>name</comment>
            <translation>Op je tenen staan</translation>
        </message>
        <message>
            <source>Works your calves and gets the blood moving in legs that have been still.</source>
            <comment>summary</comment>
            <translation>Traint je kuiten en zet het bloed in beweging in benen die lang stil zijn geweest.</translation>
        </message>
        <message>
            <source>12 raises</source>
            <comment>dose</comment>
            <translation>12 keer</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10-15 raises.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 10-15 keer.</translation>
        </message>
        <message>
            <source>Unsteady on your feet? Keep both hands on the desk, or take the seated version.</source>
            <comment>cautions[0]</comment>
            <translation>Niet zo stabiel op je benen? Houd beide handen op het bureau, of doe de zittende versie.</translation>
        </message>
        <message>
            <source>Sore Achilles tendon or heel? Rise only a little, or pick another move.</source>
            <comment>cautions[1]</comment>
            <translation>Last van je achillespees of hiel? Kom maar een klein stukje omhoog, of kies een andere oefening.</translation>
        </message>
        <message>
            <source>Stand facing your desk, feet hip-width apart, fingertips resting on it.</source>
            <comment>steps[0].text</comment>
            <translation>Sta met je gezicht naar je bureau, voeten op heupbreedte, vingertoppen op het blad.</translation>
        </message>
        <message>
            <source>Rise up onto your toes, then lower your heels slowly. 12 times.</source>
            <comment>steps[1].text</comment>
            <translation>Kom omhoog op je tenen en laat je hielen langzaam zakken. 12 keer.</translation>
        </message>
        <message>
            <source>8 raises</source>
            <comment>levels[0].dose</comment>
            <translation>8 keer</translation>
        </message>
        <message>
            <source>Fewer raises, both hands on the desk, lifting only part way.</source>
            <comment>levels[0].how</comment>
            <translation>Minder herhalingen, beide handen op het bureau, maar een deel van de weg omhoog.</translation>
        </message>
        <message>
            <source>12 raises</source>
            <comment>levels[1].dose</comment>
            <translation>12 keer</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>15 raises, 2 s lowering</source>
            <comment>levels[2].dose</comment>
            <translation>15 keer, 2 s omlaag</translation>
        </message>
        <message>
            <source>More raises, lowering slowly over two seconds.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen, in twee seconden langzaam omlaag.</translation>
        </message>
    </context>
    <context>
        <name>exercise:chin-tuck</name>
        <message>
            <source>Chin tucks</source>
            <comment>name</comment>
            <translation>Kin intrekken</translation>
        </message>
        <message>
            <source>Slides your head back over your shoulders after leaning in toward the screen.</source>
            <comment>summary</comment>
            <translation>Brengt je hoofd terug boven je schouders nadat je naar het scherm toe hebt geleund.</translation>
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>dose</comment>
            <translation>8 keer, 3 s per keer</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 tucks held 3-5 s.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 8-10 keer, telkens 3-5 s vastgehouden.</translation>
        </message>
        <message>
            <source>Keep your eyes level: the head slides straight back, it does not nod down.</source>
            <comment>cautions[0]</comment>
            <translation>Houd je blik recht vooruit: je hoofd schuift recht naar achteren en knikt niet omlaag.</translation>
        </message>
        <message>
            <source>Stop if you notice pain or tingling going into an arm.</source>
            <comment>cautions[1]</comment>
            <translation>Stop als je pijn of tintelingen voelt die naar een arm uitstralen.</translation>
        </message>
        <message>
            <source>Sit or stand tall and look straight ahead.</source>
            <comment>steps[0].text</comment>
            <translation>Zit of sta rechtop en kijk recht vooruit.</translation>
        </message>
        <message>
            <source>Glide your head straight back, making a double chin. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Schuif je hoofd recht naar achteren, zodat je een dubbele kin maakt. Houd 3 s vast en ontspan. 8 keer.</translation>
        </message>
        <message>
            <source>5 tucks, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 keer, 2 s per keer</translation>
        </message>
        <message>
            <source>Fewer, gentler tucks with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation>Minder herhalingen, zachter en korter vastgehouden.</translation>
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 keer, 3 s per keer</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>10 tucks, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 keer, 5 s per keer</translation>
        </message>
        <message>
            <source>More tucks with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen, langer vastgehouden.</translation>
        </message>
    </context>
    <context>
        <name>exercise:doorway-chest-stretch</name>
        <message>
            <source>Doorway chest stretch</source>
            <comment>name</comment>
            <translation>Borstrek in de deuropening</translation>
        </message>
        <message>
            <source>Opens the chest and the fronts of the shoulders, which tighten as you hunch.</source>
            <comment>summary</comment>
            <translation>Rekt je borst en de voorkant van je schouders, die verkorten als je krom zit.</translation>
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>dose</comment>
            <translation>2 keer 25 s</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 2 holds of 20-30 s.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 2 keer 20-30 s.</translation>
        </message>
        <message>
            <source>Shoulder that feels loose or has slipped out before? Keep your elbow lower.</source>
            <comment>cautions[0]</comment>
            <translation>Voelt je schouder los aan of is hij al eens uit de kom geschoten? Houd je elleboog lager.</translation>
        </message>
        <message>
            <source>Stand in a doorway and rest one forearm on the frame, elbow at shoulder height.</source>
            <comment>steps[0].text</comment>
            <translation>Ga in een deuropening staan en leg één onderarm tegen de deurpost, elleboog op schouderhoogte.</translation>
        </message>
        <message>
            <source>Step one foot through and turn your chest gently away from that arm. Hold 25 s.</source>
            <comment>steps[1].text</comment>
            <translation>Zet één voet door de opening en draai je borst rustig van die arm weg. Houd 25 s vast.</translation>
        </message>
        <message>
            <source>Step back, breathe, then do the same with the other arm on the other side.</source>
            <comment>steps[2].text</comment>
            <translation>Stap terug, adem rustig en doe hetzelfde met de andere arm aan de andere kant.</translation>
        </message>
        <message>
            <source>2 holds of 15 s</source>
            <comment>levels[0].dose</comment>
            <translation>2 keer 15 s</translation>
        </message>
        <message>
            <source>Shorter holds, elbows lower and a smaller step.</source>
            <comment>levels[0].how</comment>
            <translation>Korter vasthouden, ellebogen lager en een kleinere stap.</translation>
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>levels[1].dose</comment>
            <translation>2 keer 25 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>2 holds of 30 s</source>
            <comment>levels[2].dose</comment>
            <translation>2 keer 30 s</translation>
        </message>
        <message>
            <source>Longer holds with a slightly deeper step.</source>
            <comment>levels[2].how</comment>
            <translation>Langer vasthouden met een iets grotere stap.</translation>
        </message>
    </context>
    <context>
        <name>exercise:eye-rest-20-20-20</name>
        <message>
            <source>20-20-20 eye rest</source>
            <comment>name</comment>
            <translation>20-20-20-oogrust</translation>
        </message>
        <message>
            <source>Lets your eyes relax their focus and blink fully after close work at the screen.</source>
            <comment>summary</comment>
            <translation>Laat je ogen ontspannen en goed knipperen na lang dichtbij naar het scherm kijken.</translation>
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>dose</comment>
            <translation>20 s, kijken op 6 m afstand</translation>
        </message>
        <message>
            <source>At least 20 s looking 6 m (20 feet) away, about every 20 minutes, as in the 20-20-20 trial cited.</source>
            <comment>dose_basis</comment>
            <translation>Minstens 20 s kijken op 6 m (20 ft) afstand, ongeveer elke 20 minuten, zoals in de aangehaalde 20-20-20-studie.</translation>
        </message>
        <message>
            <source>Look away from the screen to something at least 6 m (20 ft) away.</source>
            <comment>steps[0].text</comment>
            <translation>Kijk weg van het scherm naar iets op minstens 6 m (20 ft) afstand.</translation>
        </message>
        <message>
            <source>Keep your eyes on it for 20 seconds and let your face soften.</source>
            <comment>steps[1].text</comment>
            <translation>Houd je blik er 20 seconden op gericht en laat je gezicht ontspannen.</translation>
        </message>
        <message>
            <source>Blink slowly and fully a few times, closing your eyes all the way.</source>
            <comment>steps[2].text</comment>
            <translation>Knipper een paar keer langzaam en volledig, met je ogen helemaal dicht.</translation>
        </message>
        <message>
            <source>10 s, looking far away</source>
            <comment>levels[0].dose</comment>
            <translation>10 s, in de verte kijken</translation>
        </message>
        <message>
            <source>A short look at the farthest point you can see.</source>
            <comment>levels[0].how</comment>
            <translation>Kijk even naar het verste punt dat je kunt zien.</translation>
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>levels[1].dose</comment>
            <translation>20 s, kijken op 6 m afstand</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>30 s, looking 6 m away</source>
            <comment>levels[2].dose</comment>
            <translation>30 s, kijken op 6 m afstand</translation>
        </message>
        <message>
            <source>Look longer and blink fully a few times.</source>
            <comment>levels[2].how</comment>
            <translation>Kijk langer en knipper een paar keer volledig.</translation>
        </message>
    </context>
    <context>
        <name>exercise:hip-flexor-stretch</name>
        <message>
            <source>Standing hip-flexor stretch</source>
            <comment>name</comment>
            <translation>Heupbuigers rekken in stand</translation>
        </message>
        <message>
            <source>Opens the fronts of your hips, which stay folded for as long as you sit.</source>
            <comment>summary</comment>
            <translation>Rekt de voorkant van je heupen, die gebogen blijft zolang je zit.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation>25 s per kant</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 20-30 s per kant.</translation>
        </message>
        <message>
            <source>Sore knee? Take a shorter step and keep a hand on the desk.</source>
            <comment>cautions[0]</comment>
            <translation>Last van je knie? Maak een kleinere stap en houd een hand op het bureau.</translation>
        </message>
        <message>
            <source>Hold the desk and step one foot well back, both feet pointing forward.</source>
            <comment>steps[0].text</comment>
            <translation>Houd het bureau vast en zet één voet een flink stuk naar achteren, beide voeten naar voren gericht.</translation>
        </message>
        <message>
            <source>Tuck your tailbone under, squeeze the back buttock and shift forward gently. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Kantel je bekken (stuitje naar onderen), span de achterste bil aan en schuif rustig naar voren. Houd vast.</translation>
        </message>
        <message>
            <source>Switch legs and hold the stretch on the other side.</source>
            <comment>steps[2].text</comment>
            <translation>Wissel van been en houd de rekoefening aan de andere kant vast.</translation>
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>15 s per kant</translation>
        </message>
        <message>
            <source>Shorter holds with a smaller step; hold the desk.</source>
            <comment>levels[0].how</comment>
            <translation>Korter vasthouden met een kleinere stap; houd het bureau vast.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>25 s per kant</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>30 s per kant</translation>
        </message>
        <message>
            <source>Longer holds, squeezing the back buttock a little more.</source>
            <comment>levels[2].how</comment>
            <translation>Langer vasthouden, de achterste bil iets steviger aangespannen.</translation>
        </message>
    </context>
    <context>
        <name>exercise:hip-hinge</name>
        <message>
            <source>Hip hinge</source>
            <comment>name</comment>
            <translation>Heupscharnier</translation>
        </message>
        <message>
            <source>Practice bending from the hips with a long back, the easy way to reach down.</source>
            <comment>summary</comment>
            <translation>Oefen buigen vanuit je heupen met een lange rug, de makkelijke manier om naar beneden te reiken.</translation>
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>dose</comment>
            <translation>8 keer langzaam</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 hinges.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 8-10 keer.</translation>
        </message>
        <message>
            <source>Back feeling tight? Keep the bend small and let the hips do the moving.</source>
            <comment>cautions[0]</comment>
            <translation>Stijve rug? Buig maar een klein stukje en laat je heupen het werk doen.</translation>
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation>Stop als je pijn, een doof gevoel of tintelingen voelt die naar een been uitstralen.</translation>
        </message>
        <message>
            <source>Stand with feet hip-width apart, knees soft, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation>Sta met je voeten op heupbreedte, knieën licht gebogen, handen op je dijen.</translation>
        </message>
        <message>
            <source>Push your hips back, head, upper back and tailbone in one line; squeeze to rise. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Duw je heupen naar achteren, hoofd, bovenrug en stuitje op één lijn; span aan om op te komen. 8 keer.</translation>
        </message>
        <message>
            <source>Finish standing tall and let your breath settle.</source>
            <comment>steps[2].text</comment>
            <translation>Eindig rechtop staand en laat je ademhaling tot rust komen.</translation>
        </message>
        <message>
            <source>5 slow hinges</source>
            <comment>levels[0].dose</comment>
            <translation>5 keer langzaam</translation>
        </message>
        <message>
            <source>Fewer hinges, bending only a little, hands on the thighs.</source>
            <comment>levels[0].how</comment>
            <translation>Minder herhalingen, maar een klein stukje buigen, handen op je dijen.</translation>
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>levels[1].dose</comment>
            <translation>8 keer langzaam</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>12 slow hinges</source>
            <comment>levels[2].dose</comment>
            <translation>12 keer langzaam</translation>
        </message>
        <message>
            <source>More hinges, with a slower return to standing.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen, langzamer terug naar staan.</translation>
        </message>
    </context>
    <context>
        <name>exercise:near-far-focus</name>
        <message>
            <source>Near and far focus</source>
            <comment>name</comment>
            <translation>Dichtbij en veraf kijken</translation>
        </message>
        <message>
            <source>Switch your focus between near and far for a change from the fixed screen distance.</source>
            <comment>summary</comment>
            <translation>Wissel je blik tussen dichtbij en veraf, als afwisseling op de vaste afstand tot het scherm.</translation>
        </message>
        <message>
            <source>10 switches</source>
            <comment>dose</comment>
            <translation>10 keer wisselen</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 switches.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 10 keer wisselen.</translation>
        </message>
        <message>
            <source>Hold a pen upright about 30 cm in front of your face.</source>
            <comment>steps[0].text</comment>
            <translation>Houd een pen rechtop, zo'n 30 cm voor je gezicht.</translation>
        </message>
        <message>
            <source>Focus on the pen tip for a moment, then on something far away. Switch 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Kijk even naar de punt van de pen en dan naar iets in de verte. Wissel 10 keer.</translation>
        </message>
        <message>
            <source>6 switches</source>
            <comment>levels[0].dose</comment>
            <translation>6 keer wisselen</translation>
        </message>
        <message>
            <source>Fewer switches, pausing longer at the far point.</source>
            <comment>levels[0].how</comment>
            <translation>Minder wissels, langer kijken naar het punt in de verte.</translation>
        </message>
        <message>
            <source>10 switches</source>
            <comment>levels[1].dose</comment>
            <translation>10 keer wisselen</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>15 switches</source>
            <comment>levels[2].dose</comment>
            <translation>15 keer wisselen</translation>
        </message>
        <message>
            <source>More switches at an even pace.</source>
            <comment>levels[2].how</comment>
            <translation>Meer wissels in een rustig, gelijkmatig tempo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:neck-rotation</name>
        <message>
            <source>Neck turns</source>
            <comment>name</comment>
            <translation>Nek draaien</translation>
        </message>
        <message>
            <source>Slow looks over each shoulder to keep your neck turning freely.</source>
            <comment>summary</comment>
            <translation>Langzaam over elke schouder kijken, zodat je nek soepel blijft draaien.</translation>
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>dose</comment>
            <translation>3 keer per kant</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 3 turns each side.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 3 keer per kant.</translation>
        </message>
        <message>
            <source>Move slowly and keep the turn within an easy range.</source>
            <comment>cautions[0]</comment>
            <translation>Beweeg langzaam en draai alleen zo ver als makkelijk gaat.</translation>
        </message>
        <message>
            <source>Sit or stand tall, shoulders relaxed, chin level.</source>
            <comment>steps[0].text</comment>
            <translation>Zit of sta rechtop, schouders ontspannen, kin recht.</translation>
        </message>
        <message>
            <source>Turn your head slowly to look over your right shoulder. Hold 5 s, come back. 3 times.</source>
            <comment>steps[1].text</comment>
            <translation>Draai je hoofd langzaam om over je rechterschouder te kijken. Houd 5 s vast, kom terug. 3 keer.</translation>
        </message>
        <message>
            <source>Now look over your left shoulder the same way. 3 times.</source>
            <comment>steps[2].text</comment>
            <translation>Kijk nu op dezelfde manier over je linkerschouder. 3 keer.</translation>
        </message>
        <message>
            <source>2 small turns each side</source>
            <comment>levels[0].dose</comment>
            <translation>2 keer een klein stukje per kant</translation>
        </message>
        <message>
            <source>Turn only part way, staying well inside comfort.</source>
            <comment>levels[0].how</comment>
            <translation>Draai maar een deel van de weg, ruim binnen wat prettig voelt.</translation>
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>levels[1].dose</comment>
            <translation>3 keer per kant</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>4 turns each side</source>
            <comment>levels[2].dose</comment>
            <translation>4 keer per kant</translation>
        </message>
        <message>
            <source>More turns, holding each for a breath.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen, elke draai een ademhaling lang vasthouden.</translation>
        </message>
    </context>
    <context>
        <name>exercise:neck-side-bend</name>
        <message>
            <source>Neck side stretch</source>
            <comment>name</comment>
            <translation>Zijwaartse nekrek</translation>
        </message>
        <message>
            <source>Eases the sides of your neck and the tops of your shoulders.</source>
            <comment>summary</comment>
            <translation>Ontspant de zijkanten van je nek en de bovenkant van je schouders.</translation>
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>dose</comment>
            <translation>2 × 15 s per kant</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 2 holds of 15 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 2 keer 15 s per kant.</translation>
        </message>
        <message>
            <source>Let the weight of your head do the work; don't pull it down with your hand.</source>
            <comment>cautions[0]</comment>
            <translation>Laat het gewicht van je hoofd het werk doen; trek je hoofd niet met je hand omlaag.</translation>
        </message>
        <message>
            <source>Let your left arm hang or hold the seat; tip your right ear toward your right shoulder.</source>
            <comment>steps[0].text</comment>
            <translation>Laat je linkerarm hangen of houd de zitting vast; kantel je rechteroor naar je rechterschouder.</translation>
        </message>
        <message>
            <source>Lift your head slowly, then tip your left ear toward your left shoulder the same way.</source>
            <comment>steps[1].text</comment>
            <translation>Til je hoofd langzaam op en kantel je linkeroor op dezelfde manier naar je linkerschouder.</translation>
        </message>
        <message>
            <source>Once more to the right, breathing slowly.</source>
            <comment>steps[2].text</comment>
            <translation>Nog een keer naar rechts, rustig ademend.</translation>
        </message>
        <message>
            <source>And once more to the left, then lift your head up slowly.</source>
            <comment>steps[3].text</comment>
            <translation>En nog een keer naar links; til je hoofd daarna langzaam op.</translation>
        </message>
        <message>
            <source>2 × 10 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>2 × 10 s per kant</translation>
        </message>
        <message>
            <source>Shorter holds, a smaller bend, no hand on the head.</source>
            <comment>levels[0].how</comment>
            <translation>Korter vasthouden, minder ver kantelen, geen hand op je hoofd.</translation>
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>2 × 15 s per kant</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>2 × 20 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>2 × 20 s per kant</translation>
        </message>
        <message>
            <source>Longer holds on each side.</source>
            <comment>levels[2].how</comment>
            <translation>Aan elke kant langer vasthouden.</translation>
        </message>
    </context>
    <context>
        <name>exercise:overhead-reach</name>
        <message>
            <source>Overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation>Armen omhoog met rustige ademhaling</translation>
        </message>
        <message>
            <source>Stretch tall through your sides and chest while your breathing slows down.</source>
            <comment>summary</comment>
            <translation>Strek je lang via je zijkanten en borst terwijl je ademhaling tot rust komt.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation>10 rustige ademhalingen, armen tussendoor omlaag</translation>
        </message>
        <message>
            <source>The physiotherapy articles behind DeskCoach suggest a desk reset every 30-45 minutes: 10 slow breaths, reaching up and to the sides.</source>
            <comment>dose_basis</comment>
            <translation>De fysiotherapie-artikelen achter DeskCoach raden elke 30-45 minuten een korte pauze aan het bureau aan: 10 rustige ademhalingen, omhoog en opzij reikend.</translation>
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[0]</comment>
            <translation>Last van je schouder? Til één arm tegelijk op, of stop lager, waar het nog makkelijk voelt.</translation>
        </message>
        <message>
            <source>Stand tall, feet hip-width apart, and let your ribs settle down.</source>
            <comment>steps[0].text</comment>
            <translation>Sta rechtop, voeten op heupbreedte, en laat je ribben zakken.</translation>
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your sides.</source>
            <comment>steps[1].text</comment>
            <translation>Adem in terwijl je beide armen omhoog reikt; adem uit terwijl je ze langs je zij laat zakken.</translation>
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation>Adem in en reik omhoog en naar links; adem uit en laat je armen zakken.</translation>
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation>Reik nu op dezelfde manier omhoog en naar rechts, met je armen tussendoor omlaag.</translation>
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>6 rustige ademhalingen</translation>
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Minder ademhalingen; reik alleen zo hoog als makkelijk gaat.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation>10 rustige ademhalingen, armen tussendoor omlaag</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>13 rustige ademhalingen</translation>
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation>Meer ademhalingen, met een rustige zijwaartse buiging naar elke kant.</translation>
        </message>
    </context>
    <context>
        <name>exercise:palming</name>
        <message>
            <source>Palming</source>
            <comment>name</comment>
            <translation>Palmeren</translation>
        </message>
        <message>
            <source>Warm, cupped hands shut out the light and give your eyes a short rest.</source>
            <comment>summary</comment>
            <translation>Warme, holle handen sluiten het licht buiten en geven je ogen even rust.</translation>
        </message>
        <message>
            <source>25 s</source>
            <comment>dose</comment>
            <translation>25 s</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 20-30 s.</translation>
        </message>
        <message>
            <source>Rest your hands on the bones around your eyes; no pressure on the eyes.</source>
            <comment>cautions[0]</comment>
            <translation>Laat je handen rusten op de botten rond je ogen; geen druk op je ogen.</translation>
        </message>
        <message>
            <source>Skip this if you have had eye surgery recently.</source>
            <comment>avoid_if[0]</comment>
            <translation>Sla deze oefening over als je kortgeleden een oogoperatie hebt gehad.</translation>
        </message>
        <message>
            <source>Rub your palms together briskly until they feel warm.</source>
            <comment>steps[0].text</comment>
            <translation>Wrijf je handpalmen stevig tegen elkaar tot ze warm aanvoelen.</translation>
        </message>
        <message>
            <source>Close your eyes and cup your hands over them, fingers on your forehead. Rest.</source>
            <comment>steps[1].text</comment>
            <translation>Sluit je ogen en leg je holle handen eroverheen, vingers op je voorhoofd. Rust uit.</translation>
        </message>
        <message>
            <source>15 s</source>
            <comment>levels[0].dose</comment>
            <translation>15 s</translation>
        </message>
        <message>
            <source>A shorter rest with the palms cupped over the eyes.</source>
            <comment>levels[0].how</comment>
            <translation>Kortere rust met je holle handpalmen over je ogen.</translation>
        </message>
        <message>
            <source>25 s</source>
            <comment>levels[1].dose</comment>
            <translation>25 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>40 s</source>
            <comment>levels[2].dose</comment>
            <translation>40 s</translation>
        </message>
        <message>
            <source>A longer rest, breathing slowly.</source>
            <comment>levels[2].how</comment>
            <translation>Langere rust, rustig ademend.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-ab-brace</name>
        <message>
            <source>Seated belly brace</source>
            <comment>name</comment>
            <translation>Buikspieren aanspannen, zittend</translation>
        </message>
        <message>
            <source>Wakes up the deep belly muscles that support your lower back while you sit.</source>
            <comment>summary</comment>
            <translation>Activeert de diepe buikspieren die je onderrug steunen terwijl je zit.</translation>
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>dose</comment>
            <translation>8 keer, 5 s per keer</translation>
        </message>
        <message>
            <source>Keep breathing while you brace; never hold your breath.</source>
            <comment>cautions[0]</comment>
            <translation>Blijf ademen terwijl je aanspant; houd nooit je adem in.</translation>
        </message>
        <message>
            <source>Sit tall, feet flat, and rest both hands on your belly.</source>
            <comment>steps[0].text</comment>
            <translation>Zit rechtop, voeten plat op de grond, en leg beide handen op je buik.</translation>
        </message>
        <message>
            <source>Breathe out and firm your belly as if for a light poke, ribs down. Hold 5 s. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Adem uit en span je buik aan alsof je een licht duwtje opvangt, ribben omlaag. Houd 5 s vast. 8 keer.</translation>
        </message>
        <message>
            <source>5 braces, 3 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 keer, 3 s per keer</translation>
        </message>
        <message>
            <source>Fewer, lighter braces; keep breathing throughout.</source>
            <comment>levels[0].how</comment>
            <translation>Minder en lichter aanspannen; blijf de hele tijd ademen.</translation>
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 keer, 5 s per keer</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>10 braces, 8 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 keer, 8 s per keer</translation>
        </message>
        <message>
            <source>More braces held longer, still breathing normally.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen, langer vastgehouden, gewoon doorademend.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-back-extension</name>
        <message>
            <source>Seated back bend</source>
            <comment>name</comment>
            <translation>Achteroverbuigen, zittend</translation>
        </message>
        <message>
            <source>Lift your chest at the edge of your chair to come out of a slumped curve.</source>
            <comment>summary</comment>
            <translation>Til je borst op aan de rand van je stoel om uit een onderuitgezakte houding te komen.</translation>
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>dose</comment>
            <translation>8 keer borst omhoog</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5-10, as for the standing back extension.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 5-10 keer, net als bij achteroverbuigen in stand.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Gebruik een stoel die niet wegrolt: zonder wieltjes, of met de wieltjes vastgezet.</translation>
        </message>
        <message>
            <source>Move gently, and only as far as feels easy.</source>
            <comment>cautions[1]</comment>
            <translation>Beweeg rustig, en alleen zo ver als makkelijk gaat.</translation>
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>Sla deze oefening over als pijn, een doof gevoel of tintelingen uitstralen naar je been.</translation>
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation>Sla deze oefening over als je een wervelkanaalstenose of spondylolisthesis hebt.</translation>
        </message>
        <message>
            <source>Sit on the front edge of your chair, feet flat, hands on your lower back.</source>
            <comment>steps[0].text</comment>
            <translation>Zit op de voorrand van je stoel, voeten plat, handen op je onderrug.</translation>
        </message>
        <message>
            <source>Lift your chest up and forward so your lower back arches a little. Ease off. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Til je borst omhoog en naar voren zodat je onderrug een beetje hol wordt. Ontspan. 8 keer.</translation>
        </message>
        <message>
            <source>5 chest lifts</source>
            <comment>levels[0].dose</comment>
            <translation>5 keer borst omhoog</translation>
        </message>
        <message>
            <source>Fewer lifts, moving only a little.</source>
            <comment>levels[0].how</comment>
            <translation>Minder herhalingen, maar een klein stukje bewegen.</translation>
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>levels[1].dose</comment>
            <translation>8 keer borst omhoog</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>10 chest lifts, 2 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 keer borst omhoog, 2 s per keer</translation>
        </message>
        <message>
            <source>More lifts with a short pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen met een korte pauze bovenaan.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-chest-opener</name>
        <message>
            <source>Seated chest opener</source>
            <comment>name</comment>
            <translation>Borst openen, zittend</translation>
        </message>
        <message>
            <source>Draw your elbows wide and back to open the chest, right from your chair.</source>
            <comment>summary</comment>
            <translation>Breng je ellebogen wijd en naar achteren om je borst te openen, gewoon vanaf je stoel.</translation>
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>dose</comment>
            <translation>8 keer, 3 s per keer</translation>
        </message>
        <message>
            <source>Rest your hands lightly; never pull on your head or neck.</source>
            <comment>cautions[0]</comment>
            <translation>Laat je handen licht rusten; trek nooit aan je hoofd of nek.</translation>
        </message>
        <message>
            <source>Sit tall and rest your fingertips behind your head, elbows in front.</source>
            <comment>steps[0].text</comment>
            <translation>Zit rechtop en leg je vingertoppen achter je hoofd, ellebogen naar voren.</translation>
        </message>
        <message>
            <source>Breathe in and draw your elbows wide and back. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Adem in en breng je ellebogen wijd en naar achteren. Houd 3 s vast en ontspan. 8 keer.</translation>
        </message>
        <message>
            <source>5 openings, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 keer, 2 s per keer</translation>
        </message>
        <message>
            <source>Fewer openings with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation>Minder herhalingen, korter vastgehouden.</translation>
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 keer, 3 s per keer</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>10 openings, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 keer, 5 s per keer</translation>
        </message>
        <message>
            <source>More openings with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen, langer vastgehouden.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-forward-fold</name>
        <message>
            <source>Seated forward fold</source>
            <comment>name</comment>
            <translation>Voorover hangen, zittend</translation>
        </message>
        <message>
            <source>Let your back round forward and hang loose for a few slow breaths.</source>
            <comment>summary</comment>
            <translation>Laat je rug naar voren rond worden en een paar rustige ademhalingen los hangen.</translation>
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>dose</comment>
            <translation>3 rustige ademhalingen, voorover</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Gebruik een stoel die niet wegrolt: zonder wieltjes, of met de wieltjes vastgezet.</translation>
        </message>
        <message>
            <source>Come up slowly; light-headed when you sit up? Pause before you carry on.</source>
            <comment>cautions[1]</comment>
            <translation>Kom langzaam omhoog; licht in je hoofd als je rechtop komt? Wacht even voor je verdergaat.</translation>
        </message>
        <message>
            <source>Skip this if bending forward makes back or leg pain worse.</source>
            <comment>avoid_if[0]</comment>
            <translation>Sla deze oefening over als vooroverbuigen rug- of beenpijn erger maakt.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat and wide apart.</source>
            <comment>steps[0].text</comment>
            <translation>Zit voor op je zitting, voeten plat en wijd uit elkaar.</translation>
        </message>
        <message>
            <source>Let your chest fold down toward your knees, arms and head hanging loose.</source>
            <comment>steps[1].text</comment>
            <translation>Laat je borst naar je knieën zakken, armen en hoofd ontspannen hangend.</translation>
        </message>
        <message>
            <source>Stay folded for 3 slow breaths, then roll up slowly, head last.</source>
            <comment>steps[2].text</comment>
            <translation>Blijf 3 rustige ademhalingen voorover hangen en rol dan langzaam op, je hoofd als laatste.</translation>
        </message>
        <message>
            <source>2 slow breaths, folded</source>
            <comment>levels[0].dose</comment>
            <translation>2 rustige ademhalingen, voorover</translation>
        </message>
        <message>
            <source>A smaller fold, hands on the knees.</source>
            <comment>levels[0].how</comment>
            <translation>Minder ver voorover, handen op je knieën.</translation>
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>levels[1].dose</comment>
            <translation>3 rustige ademhalingen, voorover</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>5 slow breaths, folded</source>
            <comment>levels[2].dose</comment>
            <translation>5 rustige ademhalingen, voorover</translation>
        </message>
        <message>
            <source>Stay folded for more breaths.</source>
            <comment>levels[2].how</comment>
            <translation>Blijf langer voorover hangen, meer ademhalingen.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hamstring-stretch</name>
        <message>
            <source>Seated hamstring stretch</source>
            <comment>name</comment>
            <translation>Hamstrings rekken, zittend</translation>
        </message>
        <message>
            <source>Eases the backs of the thighs, which shorten when you sit all day.</source>
            <comment>summary</comment>
            <translation>Rekt de achterkant van je dijen, die verkorten als je de hele dag zit.</translation>
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>dose</comment>
            <translation>20 s per been</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Gebruik een stoel die niet wegrolt: zonder wieltjes, of met de wieltjes vastgezet.</translation>
        </message>
        <message>
            <source>Lean from the hips with a long back; no bouncing, no reaching for the toes.</source>
            <comment>cautions[1]</comment>
            <translation>Buig vanuit je heupen met een lange rug; niet veren, niet naar je tenen reiken.</translation>
        </message>
        <message>
            <source>It brings on pain, numbness or tingling down the leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>Het veroorzaakt pijn, een doof gevoel of tintelingen die naar je been uitstralen.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat. Stretch your right leg out, heel down, toes up.</source>
            <comment>steps[0].text</comment>
            <translation>Zit voor op je zitting. Strek je rechterbeen, hiel op de grond, tenen omhoog.</translation>
        </message>
        <message>
            <source>Sit tall and lean forward from your hips until the back of the thigh eases. Hold 20 s.</source>
            <comment>steps[1].text</comment>
            <translation>Zit rechtop en buig vanuit je heupen naar voren tot je achter in je dij rek voelt. Houd 20 s vast.</translation>
        </message>
        <message>
            <source>Sit up slowly, switch legs and hold the other side the same way.</source>
            <comment>steps[2].text</comment>
            <translation>Kom langzaam overeind, wissel van been en houd de andere kant op dezelfde manier vast.</translation>
        </message>
        <message>
            <source>15 s each leg</source>
            <comment>levels[0].dose</comment>
            <translation>15 s per been</translation>
        </message>
        <message>
            <source>A shorter hold with the knee a little bent.</source>
            <comment>levels[0].how</comment>
            <translation>Korter vasthouden met de knie iets gebogen.</translation>
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>levels[1].dose</comment>
            <translation>20 s per been</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>about 40 s each leg</source>
            <comment>levels[2].dose</comment>
            <translation>ongeveer 40 s per been</translation>
        </message>
        <message>
            <source>Longer holds on each leg, sitting tall.</source>
            <comment>levels[2].how</comment>
            <translation>Per been langer vasthouden, rechtop zittend.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-heel-raises</name>
        <message>
            <source>Seated heel raises</source>
            <comment>name</comment>
            <translation>Hielen heffen, zittend</translation>
        </message>
        <message>
            <source>Works your calves and keeps the blood moving in your legs without leaving the chair.</source>
            <comment>summary</comment>
            <translation>Traint je kuiten en houdt het bloed in je benen in beweging zonder op te staan.</translation>
        </message>
        <message>
            <source>15 raises</source>
            <comment>dose</comment>
            <translation>15 keer</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10-15, as for calf raises.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 10-15 keer, net als bij op je tenen staan.</translation>
        </message>
        <message>
            <source>Sit tall with your feet flat and your knees above your ankles.</source>
            <comment>steps[0].text</comment>
            <translation>Zit rechtop met je voeten plat en je knieën boven je enkels.</translation>
        </message>
        <message>
            <source>Lift both heels as high as you can, then lower them slowly. 15 times.</source>
            <comment>steps[1].text</comment>
            <translation>Til beide hielen zo hoog als je kunt en laat ze langzaam zakken. 15 keer.</translation>
        </message>
        <message>
            <source>10 raises</source>
            <comment>levels[0].dose</comment>
            <translation>10 keer</translation>
        </message>
        <message>
            <source>Fewer raises.</source>
            <comment>levels[0].how</comment>
            <translation>Minder herhalingen.</translation>
        </message>
        <message>
            <source>15 raises</source>
            <comment>levels[1].dose</comment>
            <translation>15 keer</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>20 raises, 2 s holds</source>
            <comment>levels[2].dose</comment>
            <translation>20 keer, 2 s bovenaan</translation>
        </message>
        <message>
            <source>More raises with a pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen met een pauze bovenaan.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-flexor-stretch</name>
        <message>
            <source>Seated hip-flexor stretch</source>
            <comment>name</comment>
            <translation>Heupbuigers rekken, zittend</translation>
        </message>
        <message>
            <source>The hip-flexor stretch sideways on a chair without wheels, one leg sliding back.</source>
            <comment>summary</comment>
            <translation>De heupbuigerrek zijwaarts op een stoel zonder wieltjes, met één been naar achteren geschoven.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation>25 s per kant</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 20-30 s per kant.</translation>
        </message>
        <message>
            <source>Only on a chair without wheels that cannot tip; keep one hand on its backrest.</source>
            <comment>cautions[0]</comment>
            <translation>Alleen op een stoel zonder wieltjes die niet kan kantelen; houd één hand op de rugleuning.</translation>
        </message>
        <message>
            <source>Your chair has castors: do the standing hip-flexor stretch, one hand on the desk.</source>
            <comment>avoid_if[0]</comment>
            <translation>Je stoel heeft wieltjes: doe de heupbuigerrek in stand, met één hand op het bureau.</translation>
        </message>
        <message>
            <source>Sit sideways near the edge of a chair without wheels, one hand on its backrest.</source>
            <comment>steps[0].text</comment>
            <translation>Zit zijwaarts aan de rand van een stoel zonder wieltjes, één hand op de rugleuning.</translation>
        </message>
        <message>
            <source>Slide your outer leg back, knee pointing down, sit tall and tuck your tailbone. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Schuif je buitenste been naar achteren, knie naar de grond, zit rechtop en kantel je bekken. Houd vast.</translation>
        </message>
        <message>
            <source>Turn to face the other way and stretch the other leg.</source>
            <comment>steps[2].text</comment>
            <translation>Draai je om naar de andere kant en rek het andere been.</translation>
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>15 s per kant</translation>
        </message>
        <message>
            <source>Shorter holds with the leg slid back less far.</source>
            <comment>levels[0].how</comment>
            <translation>Korter vasthouden, met het been minder ver naar achteren.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>25 s per kant</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>30 s per kant</translation>
        </message>
        <message>
            <source>Longer holds, sitting a little taller.</source>
            <comment>levels[2].how</comment>
            <translation>Langer vasthouden, iets rechter zittend.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-hinge</name>
        <message>
            <source>Seated hip hinge</source>
            <comment>name</comment>
            <translation>Heupscharnier, zittend</translation>
        </message>
        <message>
            <source>Lean forward from the hips with a long back, right from the edge of your chair.</source>
            <comment>summary</comment>
            <translation>Buig vanuit je heupen naar voren met een lange rug, gewoon vanaf de rand van je stoel.</translation>
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>dose</comment>
            <translation>8 keer langzaam</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10, as for the standing hinge.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 8-10 keer, net als bij het heupscharnier in stand.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Gebruik een stoel die niet wegrolt: zonder wieltjes, of met de wieltjes vastgezet.</translation>
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation>Stop als je pijn, een doof gevoel of tintelingen voelt die naar een been uitstralen.</translation>
        </message>
        <message>
            <source>Sit near the front edge, feet flat and apart, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation>Zit voor op de rand, voeten plat en uit elkaar, handen op je dijen.</translation>
        </message>
        <message>
            <source>Lean forward from your hips, head, upper back and tailbone in one line. Sit tall. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Buig vanuit je heupen naar voren, hoofd, bovenrug en stuitje op één lijn. Kom rechtop. 8 keer.</translation>
        </message>
        <message>
            <source>5 slow leans</source>
            <comment>levels[0].dose</comment>
            <translation>5 keer langzaam</translation>
        </message>
        <message>
            <source>Fewer, smaller leans from the hips.</source>
            <comment>levels[0].how</comment>
            <translation>Minder en kleinere bewegingen vanuit de heupen.</translation>
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>levels[1].dose</comment>
            <translation>8 keer langzaam</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>12 slow leans</source>
            <comment>levels[2].dose</comment>
            <translation>12 keer langzaam</translation>
        </message>
        <message>
            <source>More leans with a slower return.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen, langzamer terug.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-march</name>
        <message>
            <source>Seated march</source>
            <comment>name</comment>
            <translation>Marcheren, zittend</translation>
        </message>
        <message>
            <source>Marching in your chair gets the legs and blood moving when you can't step away.</source>
            <comment>summary</comment>
            <translation>Marcheren op je stoel zet benen en bloed in beweging als je niet weg kunt.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>dose</comment>
            <translation>ongeveer 1 minuut</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: about 60 s of marching in place of a walk.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: ongeveer 60 s marcheren in plaats van wandelen.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Gebruik een stoel die niet wegrolt: zonder wieltjes, of met de wieltjes vastgezet.</translation>
        </message>
        <message>
            <source>Sit tall near the front of your seat and hold its sides lightly.</source>
            <comment>steps[0].text</comment>
            <translation>Zit rechtop voor op je zitting en houd de zijkanten licht vast.</translation>
        </message>
        <message>
            <source>Lift one knee, then the other, in an easy marching rhythm.</source>
            <comment>steps[1].text</comment>
            <translation>Til de ene knie op en dan de andere, in een rustig marstempo.</translation>
        </message>
        <message>
            <source>Keep marching, a little quicker, for the last few seconds.</source>
            <comment>steps[2].text</comment>
            <translation>Marcheer de laatste paar seconden iets sneller door.</translation>
        </message>
        <message>
            <source>about 30 seconds</source>
            <comment>levels[0].dose</comment>
            <translation>ongeveer 30 seconden</translation>
        </message>
        <message>
            <source>A shorter march, lifting the knees only a little.</source>
            <comment>levels[0].how</comment>
            <translation>Korter marcheren, je knieën maar een beetje optillen.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[1].dose</comment>
            <translation>ongeveer 1 minuut</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>about 90 seconds</source>
            <comment>levels[2].dose</comment>
            <translation>ongeveer 90 seconden</translation>
        </message>
        <message>
            <source>A longer march, lifting the knees higher.</source>
            <comment>levels[2].how</comment>
            <translation>Langer marcheren, je knieën hoger optillen.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-overhead-reach</name>
        <message>
            <source>Seated overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation>Armen omhoog met rustige ademhaling, zittend</translation>
        </message>
        <message>
            <source>The overhead reach from your chair: tall through the sides, breathing slow.</source>
            <comment>summary</comment>
            <translation>Armen omhoog vanaf je stoel: lang door je zijkanten, rustig ademend.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation>10 rustige ademhalingen, armen tussendoor omlaag</translation>
        </message>
        <message>
            <source>The physiotherapy articles behind DeskCoach suggest a desk reset every 30-45 minutes: 10 slow breaths, reaching up and to the sides.</source>
            <comment>dose_basis</comment>
            <translation>De fysiotherapie-artikelen achter DeskCoach raden elke 30-45 minuten een korte pauze aan het bureau aan: 10 rustige ademhalingen, omhoog en opzij reikend.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Gebruik een stoel die niet wegrolt: zonder wieltjes, of met de wieltjes vastgezet.</translation>
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[1]</comment>
            <translation>Last van je schouder? Til één arm tegelijk op, of stop lager, waar het nog makkelijk voelt.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat, back away from the backrest.</source>
            <comment>steps[0].text</comment>
            <translation>Zit voor op je zitting, voeten plat, rug los van de rugleuning.</translation>
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your sides.</source>
            <comment>steps[1].text</comment>
            <translation>Adem in terwijl je beide armen omhoog reikt; adem uit terwijl je ze langs je zij laat zakken.</translation>
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation>Adem in en reik omhoog en naar links; adem uit en laat je armen zakken.</translation>
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation>Reik nu op dezelfde manier omhoog en naar rechts, met je armen tussendoor omlaag.</translation>
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>6 rustige ademhalingen</translation>
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Minder ademhalingen; reik alleen zo hoog als makkelijk gaat.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation>10 rustige ademhalingen, armen tussendoor omlaag</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>13 rustige ademhalingen</translation>
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation>Meer ademhalingen, met een rustige zijwaartse buiging naar elke kant.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-thoracic-rotation</name>
        <message>
            <source>Seated upper-back twist</source>
            <comment>name</comment>
            <translation>Bovenrug draaien, zittend</translation>
        </message>
        <message>
            <source>Turns the upper back gently both ways from your chair, hips staying put.</source>
            <comment>summary</comment>
            <translation>Draait je bovenrug rustig naar beide kanten vanaf je stoel, terwijl je heupen blijven staan.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation>5 keer per kant</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 turns each way.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 5 keer per kant.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Gebruik een stoel die niet wegrolt: zonder wieltjes, of met de wieltjes vastgezet.</translation>
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[1]</comment>
            <translation>Speelt je rug op? Draai maar een klein stukje en langzaam.</translation>
        </message>
        <message>
            <source>Sit tall near the front of your seat, feet flat, arms crossed on your chest.</source>
            <comment>steps[0].text</comment>
            <translation>Zit rechtop voor op je zitting, voeten plat, armen gekruist op je borst.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Adem uit en draai je borst naar links, je ogen gaan voorop. Kom terug. 5 keer.</translation>
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, knees pointing ahead.</source>
            <comment>steps[2].text</comment>
            <translation>Draai nu op dezelfde manier naar rechts, 5 keer, knieën naar voren gericht.</translation>
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 keer per kant</translation>
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation>Minder en kleinere draaibewegingen.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 keer per kant</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation>7 keer per kant</translation>
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen, uitademend terwijl je draait.</translation>
        </message>
    </context>
    <context>
        <name>exercise:short-walk</name>
        <message>
            <source>Short walk</source>
            <comment>name</comment>
            <translation>Kort wandelen</translation>
        </message>
        <message>
            <source>Two minutes on your feet, the simplest way to get the blood moving again.</source>
            <comment>summary</comment>
            <translation>Twee minuten op je benen, de eenvoudigste manier om het bloed weer te laten stromen.</translation>
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>dose</comment>
            <translation>ongeveer 2 minuten</translation>
        </message>
        <message>
            <source>About 2 minutes of light walking, as in the sitting study cited; the guides give 1-5 minutes.</source>
            <comment>dose_basis</comment>
            <translation>Ongeveer 2 minuten rustig wandelen, zoals in de aangehaalde studie over zitten; de gidsen noemen 1-5 minuten.</translation>
        </message>
        <message>
            <source>Walking hard for you today? The seated march is a good swap.</source>
            <comment>cautions[0]</comment>
            <translation>Gaat lopen vandaag moeilijk? Zittend marcheren is een goed alternatief.</translation>
        </message>
        <message>
            <source>Stand up, stretch tall and set off at an easy pace.</source>
            <comment>steps[0].text</comment>
            <translation>Sta op, strek je uit en loop in een rustig tempo weg.</translation>
        </message>
        <message>
            <source>Walk for about two minutes: refill your water, take the long way, or climb a flight.</source>
            <comment>steps[1].text</comment>
            <translation>Loop ongeveer twee minuten: vul je water bij, neem een omweg of loop een trap op.</translation>
        </message>
        <message>
            <source>Stroll back, roll your shoulders and settle in.</source>
            <comment>steps[2].text</comment>
            <translation>Slenter terug, rol je schouders en ga er weer rustig bij zitten.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[0].dose</comment>
            <translation>ongeveer 1 minuut</translation>
        </message>
        <message>
            <source>A shorter walk at an easy pace.</source>
            <comment>levels[0].how</comment>
            <translation>Korter wandelen in een rustig tempo.</translation>
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>levels[1].dose</comment>
            <translation>ongeveer 2 minuten</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>about 3 minutes</source>
            <comment>levels[2].dose</comment>
            <translation>ongeveer 3 minuten</translation>
        </message>
        <message>
            <source>A longer walk, or take the stairs.</source>
            <comment>levels[2].how</comment>
            <translation>Langer wandelen, of neem de trap.</translation>
        </message>
    </context>
    <context>
        <name>exercise:shoulder-blade-squeeze</name>
        <message>
            <source>Shoulder-blade squeezes</source>
            <comment>name</comment>
            <translation>Schouderbladen aanspannen</translation>
        </message>
        <message>
            <source>Wakes up the muscles between your shoulder blades and opens a rounded posture.</source>
            <comment>summary</comment>
            <translation>Activeert de spieren tussen je schouderbladen en opent een ronde houding.</translation>
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>dose</comment>
            <translation>10 keer, 3 s per keer</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 squeezes held 3-5 s.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 10 keer, telkens 3-5 s vastgehouden.</translation>
        </message>
        <message>
            <source>Keep your shoulders away from your ears; no shrugging.</source>
            <comment>cautions[0]</comment>
            <translation>Houd je schouders weg van je oren; niet optrekken.</translation>
        </message>
        <message>
            <source>Sit or stand tall, elbows bent at your sides, hands in front of you.</source>
            <comment>steps[0].text</comment>
            <translation>Zit of sta rechtop, ellebogen gebogen langs je zij, handen voor je.</translation>
        </message>
        <message>
            <source>Draw your shoulder blades back and down. Hold 3 s, then let go. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Trek je schouderbladen naar achteren en omlaag. Houd 3 s vast en laat los. 10 keer.</translation>
        </message>
        <message>
            <source>6 squeezes, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>6 keer, 2 s per keer</translation>
        </message>
        <message>
            <source>Fewer, gentler squeezes.</source>
            <comment>levels[0].how</comment>
            <translation>Minder herhalingen, zachter aanspannen.</translation>
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>10 keer, 3 s per keer</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>12 squeezes, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>12 keer, 5 s per keer</translation>
        </message>
        <message>
            <source>More squeezes with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen, langer vastgehouden.</translation>
        </message>
    </context>
    <context>
        <name>exercise:shoulder-rolls</name>
        <message>
            <source>Shoulder rolls</source>
            <comment>name</comment>
            <translation>Schouders rollen</translation>
        </message>
        <message>
            <source>Big, slow circles that loosen shoulders held still over the keyboard.</source>
            <comment>summary</comment>
            <translation>Grote, langzame cirkels die schouders losmaken die stil boven het toetsenbord hangen.</translation>
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>dose</comment>
            <translation>5 keer per richting</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 rolls each way.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 5 keer per richting.</translation>
        </message>
        <message>
            <source>Sit or stand tall and let your shoulders settle.</source>
            <comment>steps[0].text</comment>
            <translation>Zit of sta rechtop en laat je schouders zakken.</translation>
        </message>
        <message>
            <source>Roll your shoulders up, back and down in slow, big circles. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Rol je schouders omhoog, naar achteren en omlaag in langzame, grote cirkels. 5 keer.</translation>
        </message>
        <message>
            <source>Now roll them the other way: up, forward and down. 5 times.</source>
            <comment>steps[2].text</comment>
            <translation>Rol ze nu de andere kant op: omhoog, naar voren en omlaag. 5 keer.</translation>
        </message>
        <message>
            <source>3 rolls each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 keer per richting</translation>
        </message>
        <message>
            <source>Fewer, smaller rolls.</source>
            <comment>levels[0].how</comment>
            <translation>Minder en kleinere cirkels.</translation>
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 keer per richting</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>8 rolls each way</source>
            <comment>levels[2].dose</comment>
            <translation>8 keer per richting</translation>
        </message>
        <message>
            <source>More rolls, slow and as large as is comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Meer cirkels, langzaam en zo groot als prettig is.</translation>
        </message>
    </context>
    <context>
        <name>exercise:sit-to-stand</name>
        <message>
            <source>Sit to stand</source>
            <comment>name</comment>
            <translation>Opstaan en gaan zitten</translation>
        </message>
        <message>
            <source>From a steady chair, stand up and sit down without your hands, for strong legs.</source>
            <comment>summary</comment>
            <translation>Sta op en ga zitten vanaf een stevige stoel, zonder je handen, voor sterke benen.</translation>
        </message>
        <message>
            <source>8 stands</source>
            <comment>dose</comment>
            <translation>8 keer</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 stands.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 8-10 keer opstaan.</translation>
        </message>
        <message>
            <source>Knees complain? Use a higher seat or a cushion, and go slower.</source>
            <comment>cautions[0]</comment>
            <translation>Klagen je knieën? Gebruik een hogere zitting of een kussen, en ga langzamer.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[1]</comment>
            <translation>Gebruik een stoel die niet wegrolt: zonder wieltjes, of met de wieltjes vastgezet.</translation>
        </message>
        <message>
            <source>Standing up without your hands is not safe for you today.</source>
            <comment>avoid_if[0]</comment>
            <translation>Zonder je handen opstaan is vandaag niet veilig voor je.</translation>
        </message>
        <message>
            <source>Sit near the front of a steady chair, feet hip-width apart and a little back.</source>
            <comment>steps[0].text</comment>
            <translation>Zit voor op een stevige stoel, voeten op heupbreedte en iets naar achteren.</translation>
        </message>
        <message>
            <source>Lean forward and stand up tall without using your hands; sit down slowly. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Buig naar voren en sta rechtop zonder je handen te gebruiken; ga langzaam zitten. 8 keer.</translation>
        </message>
        <message>
            <source>5 stands, hands on the thighs</source>
            <comment>levels[0].dose</comment>
            <translation>5 keer, handen op je dijen</translation>
        </message>
        <message>
            <source>Fewer stands, pushing up with the hands.</source>
            <comment>levels[0].how</comment>
            <translation>Minder herhalingen, afzetten met je handen.</translation>
        </message>
        <message>
            <source>8 stands</source>
            <comment>levels[1].dose</comment>
            <translation>8 keer</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>12 stands, 3 s to sit</source>
            <comment>levels[2].dose</comment>
            <translation>12 keer, 3 s om te gaan zitten</translation>
        </message>
        <message>
            <source>More stands, lowering slowly over three seconds.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen, in drie seconden langzaam zakken.</translation>
        </message>
    </context>
    <context>
        <name>exercise:tendon-glides</name>
        <message>
            <source>Tendon glides</source>
            <comment>name</comment>
            <translation>Peesglijoefeningen</translation>
        </message>
        <message>
            <source>A run of hand shapes that moves every finger joint through its full range.</source>
            <comment>summary</comment>
            <translation>Een reeks handhoudingen die elk vingergewricht door zijn volle bereik beweegt.</translation>
        </message>
        <message>
            <source>5 rounds</source>
            <comment>dose</comment>
            <translation>5 rondes</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 rounds.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 5 rondes.</translation>
        </message>
        <message>
            <source>Joints sore from arthritis? Move gently, only as far as is comfortable.</source>
            <comment>cautions[0]</comment>
            <translation>Pijnlijke gewrichten door artrose of reuma? Beweeg rustig, alleen zo ver als prettig is.</translation>
        </message>
        <message>
            <source>Hold one or both hands up, fingers straight and together.</source>
            <comment>steps[0].text</comment>
            <translation>Houd één of beide handen omhoog, vingers gestrekt en tegen elkaar.</translation>
        </message>
        <message>
            <source>Bend the top two finger joints into a hook, big knuckles staying straight.</source>
            <comment>steps[1].text</comment>
            <translation>Buig de bovenste twee vingerkootjes tot een haak, de grote knokkels blijven gestrekt.</translation>
        </message>
        <message>
            <source>Curl into a soft full fist, then open flat. Go through all 3 shapes 5 times.</source>
            <comment>steps[2].text</comment>
            <translation>Krul je hand tot een zachte, volle vuist en open hem dan plat. Doe alle 3 houdingen 5 keer.</translation>
        </message>
        <message>
            <source>Spread your fingers wide, hold 3 s and relax. 5 times.</source>
            <comment>steps[3].text</comment>
            <translation>Spreid je vingers wijd, houd 3 s vast en ontspan. 5 keer.</translation>
        </message>
        <message>
            <source>3 rounds</source>
            <comment>levels[0].dose</comment>
            <translation>3 rondes</translation>
        </message>
        <message>
            <source>Fewer rounds, moving gently.</source>
            <comment>levels[0].how</comment>
            <translation>Minder rondes, rustig bewegend.</translation>
        </message>
        <message>
            <source>5 rounds</source>
            <comment>levels[1].dose</comment>
            <translation>5 rondes</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>8 rounds</source>
            <comment>levels[2].dose</comment>
            <translation>8 rondes</translation>
        </message>
        <message>
            <source>More rounds, holding each position for a moment.</source>
            <comment>levels[2].how</comment>
            <translation>Meer rondes, elke houding even vasthouden.</translation>
        </message>
    </context>
    <context>
        <name>exercise:thoracic-rotation</name>
        <message>
            <source>Standing upper-back twist</source>
            <comment>name</comment>
            <translation>Bovenrug draaien in stand</translation>
        </message>
        <message>
            <source>Turns the upper back gently both ways to ease the stiffness of facing one screen.</source>
            <comment>summary</comment>
            <translation>Draait je bovenrug rustig naar beide kanten tegen de stijfheid van steeds naar één scherm kijken.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation>5 keer per kant</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 turns each way.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 5 keer per kant.</translation>
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[0]</comment>
            <translation>Speelt je rug op? Draai maar een klein stukje en langzaam.</translation>
        </message>
        <message>
            <source>Stand tall and cross your arms over your chest, hands on your shoulders.</source>
            <comment>steps[0].text</comment>
            <translation>Sta rechtop en kruis je armen voor je borst, handen op je schouders.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Adem uit en draai je borst naar links, je ogen gaan voorop. Kom terug. 5 keer.</translation>
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, hips facing forward.</source>
            <comment>steps[2].text</comment>
            <translation>Draai nu op dezelfde manier naar rechts, 5 keer, heupen naar voren gericht.</translation>
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 keer per kant</translation>
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation>Minder en kleinere draaibewegingen.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 keer per kant</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation>7 keer per kant</translation>
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen, uitademend terwijl je draait.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wall-angels</name>
        <message>
            <source>Wall angels</source>
            <comment>name</comment>
            <translation>Muurengelen</translation>
        </message>
        <message>
            <source>Slide your arms up a wall to open the chest and get the shoulder blades moving.</source>
            <comment>summary</comment>
            <translation>Schuif je armen omhoog langs een muur om je borst te openen en je schouderbladen te laten bewegen.</translation>
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>dose</comment>
            <translation>8 keer langzaam schuiven</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 6-8 slides.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: 6-8 keer schuiven.</translation>
        </message>
        <message>
            <source>Slide only as high as you can without pain or your back arching off the wall.</source>
            <comment>cautions[0]</comment>
            <translation>Schuif alleen zo hoog als je kunt zonder pijn en zonder dat je rug hol van de muur komt.</translation>
        </message>
        <message>
            <source>Stand with your back, head and bottom against a wall, feet a small step forward.</source>
            <comment>steps[0].text</comment>
            <translation>Sta met je rug, hoofd en billen tegen een muur, voeten een kleine stap naar voren.</translation>
        </message>
        <message>
            <source>Raise your arms into a W, elbows and backs of the hands touching the wall.</source>
            <comment>steps[1].text</comment>
            <translation>Breng je armen in een W, ellebogen en handruggen tegen de muur.</translation>
        </message>
        <message>
            <source>Slide your arms up into a Y, then back down to the W. 8 times, slowly.</source>
            <comment>steps[2].text</comment>
            <translation>Schuif je armen omhoog tot een Y en weer terug naar de W. 8 keer, langzaam.</translation>
        </message>
        <message>
            <source>5 slow slides</source>
            <comment>levels[0].dose</comment>
            <translation>5 keer langzaam schuiven</translation>
        </message>
        <message>
            <source>Fewer slides, arms only to shoulder height.</source>
            <comment>levels[0].how</comment>
            <translation>Minder herhalingen, armen alleen tot schouderhoogte.</translation>
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>levels[1].dose</comment>
            <translation>8 keer langzaam schuiven</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>10 slow slides</source>
            <comment>levels[2].dose</comment>
            <translation>10 keer langzaam schuiven</translation>
        </message>
        <message>
            <source>More slides, reaching higher if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Meer herhalingen, hoger reiken als het prettig blijft.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wrist-extensor-stretch</name>
        <message>
            <source>Wrist stretch, back of the forearm</source>
            <comment>name</comment>
            <translation>Polsrek, bovenkant onderarm</translation>
        </message>
        <message>
            <source>Stretches the top of the forearm, the muscles that hold your hands up to type.</source>
            <comment>summary</comment>
            <translation>Rekt de bovenkant van je onderarm, de spieren die je handen omhooghouden bij het typen.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation>15 s per arm</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: holds of about 15 s.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: ongeveer 15 s vasthouden.</translation>
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation>Last van carpaletunnelsyndroom of peespijn? Rek heel licht, of sla deze oefening over.</translation>
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight, palm down.</source>
            <comment>steps[0].text</comment>
            <translation>Strek één arm voor je uit op schouderhoogte, elleboog gestrekt, handpalm omlaag.</translation>
        </message>
        <message>
            <source>With your other hand, ease the back of the hand down until you feel a mild stretch.</source>
            <comment>steps[1].text</comment>
            <translation>Duw met je andere hand de rug van je hand rustig omlaag tot je een lichte rek voelt.</translation>
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation>Laat langzaam los, wissel van arm en rek de andere kant 15 s.</translation>
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation>10 s per arm</translation>
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation>Korter en zachter vasthouden, elleboog niet op slot.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation>15 s per arm</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation>30 s per arm</translation>
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation>Per arm langer vasthouden.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wrist-flexor-stretch</name>
        <message>
            <source>Wrist stretch, palm side</source>
            <comment>name</comment>
            <translation>Polsrek, handpalmzijde</translation>
        </message>
        <message>
            <source>Stretches the underside of the forearm, which works hard when you grip a mouse.</source>
            <comment>summary</comment>
            <translation>Rekt de onderkant van je onderarm, die hard werkt als je een muis vasthoudt.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation>15 s per arm</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: holds of about 15 s.</source>
            <comment>dose_basis</comment>
            <translation>Binnen wat de oefengidsen achter DeskCoach aanraden: ongeveer 15 s vasthouden.</translation>
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation>Last van carpaletunnelsyndroom of peespijn? Rek heel licht, of sla deze oefening over.</translation>
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight.</source>
            <comment>steps[0].text</comment>
            <translation>Strek één arm voor je uit op schouderhoogte, elleboog gestrekt.</translation>
        </message>
        <message>
            <source>Point the fingers up and use the other hand to ease them back toward you. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Wijs met je vingers omhoog en trek ze met je andere hand rustig naar je toe. Houd vast.</translation>
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation>Laat langzaam los, wissel van arm en rek de andere kant 15 s.</translation>
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation>10 s per arm</translation>
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation>Korter en zachter vasthouden, elleboog niet op slot.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation>15 s per arm</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Zoals in de stappen beschreven.</translation>
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation>30 s per arm</translation>
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation>Per arm langer vasthouden.</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:chair</name>
        <message>
            <source>Chair</source>
            <comment>title</comment>
            <translation>Stoel</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:desk</name>
        <message>
            <source>Desk</source>
            <comment>title</comment>
            <translation>Bureau</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:screen</name>
        <message>
            <source>Screen</source>
            <comment>title</comment>
            <translation>Beeldscherm</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:keyboard_mouse</name>
        <message>
            <source>Keyboard and mouse</source>
            <comment>title</comment>
            <translation>Toetsenbord en muis</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:laptop</name>
        <message>
            <source>Laptop</source>
            <comment>title</comment>
            <translation>Laptop</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:environment</name>
        <message>
            <source>Light, air and space</source>
            <comment>title</comment>
            <translation>Licht, lucht en ruimte</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:habits</name>
        <message>
            <source>Habits</source>
            <comment>title</comment>
            <translation>Gewoonten</translation>
        </message>
    </context>
    <context>
        <name>checklist:C1</name>
        <message>
            <source>Are your feet flat on the floor (or a footrest), with your thighs about level?</source>
            <comment>question</comment>
            <translation>Staan je voeten plat op de grond (of op een voetensteun), met je dijen ongeveer horizontaal?</translation>
        </message>
        <message>
            <source>At the right seat height your weight rests evenly and the seat edge doesn't press into your thighs.</source>
            <comment>why</comment>
            <translation>Op de juiste zithoogte rust je gewicht gelijkmatig en drukt de voorrand van de zitting niet in je dijen.</translation>
        </message>
        <message>
            <source>Raise or lower the seat until your thighs are level; if your feet then dangle, add a footrest or a sturdy box.</source>
            <comment>fix</comment>
            <translation>Zet de zitting hoger of lager tot je dijen horizontaal zijn; bungelen je voeten dan, gebruik een voetensteun of een stevige doos.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C2</name>
        <message>
            <source>Does the backrest fit into the curve of your lower back?</source>
            <comment>question</comment>
            <translation>Sluit de rugleuning aan op de holling van je onderrug?</translation>
        </message>
        <message>
            <source>With support in the small of your back, sitting upright takes no effort.</source>
            <comment>why</comment>
            <translation>Met steun onder in je rug kost rechtop zitten geen moeite.</translation>
        </message>
        <message>
            <source>Move the backrest or its lumbar pad to belt height (15-25 cm above the seat); a rolled towel works too.</source>
            <comment>fix</comment>
            <translation>Zet de rugleuning of het lendensteunkussen op riemhoogte (15-25 cm boven de zitting); een opgerolde handdoek werkt ook.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C3</name>
        <message>
            <source>Sitting back, can you fit 2-3 fingers between the seat's front edge and the backs of your knees?</source>
            <comment>question</comment>
            <translation>Als je achterin zit, passen er dan 2-3 vingers tussen de voorrand van de zitting en je knieholtes?</translation>
        </message>
        <message>
            <source>A seat that is too deep presses behind your knees or pushes you forward, away from the backrest.</source>
            <comment>why</comment>
            <translation>Een te diepe zitting drukt in je knieholtes of duwt je naar voren, weg van de rugleuning.</translation>
        </message>
        <message>
            <source>Slide the seat back if it adjusts; if not, put a firm cushion behind your back to bring you forward.</source>
            <comment>fix</comment>
            <translation>Schuif de zitting naar achteren als dat kan; zo niet, leg een stevig kussen achter je rug zodat je naar voren komt.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C4</name>
        <message>
            <source>Do the armrests let you sit close to the desk with your shoulders relaxed?</source>
            <comment>question</comment>
            <translation>Kun je met de armleuningen dicht bij het bureau zitten met ontspannen schouders?</translation>
        </message>
        <message>
            <source>High armrests hitch your shoulders up, and armrests that bump the desk keep you from sitting close.</source>
            <comment>why</comment>
            <translation>Hoge armleuningen duwen je schouders omhoog, en armleuningen die tegen het bureau stoten houden je op afstand.</translation>
        </message>
        <message>
            <source>Lower the armrests or swing them out of the way; if they don't adjust, ask whether they can come off.</source>
            <comment>fix</comment>
            <translation>Zet de armleuningen lager of draai ze weg; zijn ze niet verstelbaar, vraag dan of ze eraf kunnen.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C5</name>
        <message>
            <source>Is your chair steady and in good repair, and do you know what each of its levers does?</source>
            <comment>question</comment>
            <translation>Staat je stoel stevig, is hij in goede staat en weet je wat elke hendel doet?</translation>
        </message>
        <message>
            <source>A chair only fits you if it works and you know how to adjust it.</source>
            <comment>why</comment>
            <translation>Een stoel past je alleen als hij werkt en je weet hoe je hem instelt.</translation>
        </message>
        <message>
            <source>Report broken or wobbly parts for repair; ask for a quick demo of the levers, or look up the chair's model.</source>
            <comment>fix</comment>
            <translation>Meld kapotte of wiebelende onderdelen voor reparatie; vraag om een korte uitleg van de hendels, of zoek het model van de stoel op.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C6</name>
        <message>
            <source>Do you sit right back in the seat, with the backrest upright or tilted back slightly?</source>
            <comment>question</comment>
            <translation>Zit je helemaal achterin de zitting, met de rugleuning rechtop of iets naar achteren gekanteld?</translation>
        </message>
        <message>
            <source>Leaning on a backrest set a little past upright takes load off your lower back; perching forward takes it all.</source>
            <comment>why</comment>
            <translation>Leunen tegen een rugleuning die iets voorbij rechtop staat ontlast je onderrug; op het puntje zitten belast hem volledig.</translation>
        </message>
        <message>
            <source>Slide your hips to the back of the seat and set the backrest just past upright (about 100-110 degrees).</source>
            <comment>fix</comment>
            <translation>Schuif je heupen naar achteren in de zitting en zet de rugleuning net voorbij rechtop (ongeveer 100-110 graden).</translation>
        </message>
    </context>
    <context>
        <name>checklist:D1</name>
        <message>
            <source>Is there clear room under the desk for your thighs, knees and feet?</source>
            <comment>question</comment>
            <translation>Is er vrije ruimte onder het bureau voor je dijen, knieën en voeten?</translation>
        </message>
        <message>
            <source>Boxes or drawers under the desk make you sit twisted or perched away from it.</source>
            <comment>why</comment>
            <translation>Dozen of ladeblokken onder het bureau laten je scheef zitten of op afstand van het bureau.</translation>
        </message>
        <message>
            <source>Store things elsewhere; if your knees touch the underside, raise the desk, or lower the seat and add a footrest.</source>
            <comment>fix</comment>
            <translation>Berg spullen ergens anders op; raken je knieën de onderkant, zet het bureau hoger, of de zitting lager met een voetensteun.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D2</name>
        <message>
            <source>Is the desk big enough to lay out your screen, keyboard and papers without squeezing?</source>
            <comment>question</comment>
            <translation>Is het bureau groot genoeg voor je scherm, toetsenbord en papieren zonder dat het krap wordt?</translation>
        </message>
        <message>
            <source>On a crowded desk the screen ends up too close and the keyboard off to one side.</source>
            <comment>why</comment>
            <translation>Op een vol bureau staat het scherm al snel te dichtbij en het toetsenbord opzij.</translation>
        </message>
        <message>
            <source>Clear off what you don't use daily and push the screen further back; ask for a bigger desk if it still won't fit.</source>
            <comment>fix</comment>
            <translation>Ruim op wat je niet dagelijks gebruikt en zet het scherm verder naar achteren; past het nog niet, vraag dan om een groter bureau.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D3</name>
        <message>
            <source>Can you reach the things you use often (phone, notes, mouse) without stretching?</source>
            <comment>question</comment>
            <translation>Kun je de dingen die je vaak gebruikt (telefoon, aantekeningen, muis) pakken zonder je uit te rekken?</translation>
        </message>
        <message>
            <source>Stretching out for the same things many times a day tires your shoulders and back.</source>
            <comment>why</comment>
            <translation>Vele keren per dag naar dezelfde dingen reiken vermoeit je schouders en rug.</translation>
        </message>
        <message>
            <source>Keep what you use daily within a forearm's reach and move the rarely used things further out.</source>
            <comment>fix</comment>
            <translation>Houd wat je dagelijks gebruikt binnen het bereik van je onderarm en zet wat je zelden gebruikt verder weg.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D4</name>
        <message>
            <source>If you have a sit-stand desk, do you switch between sitting and standing through the day?</source>
            <comment>question</comment>
            <translation>Als je een zit-stabureau hebt, wissel je dan in de loop van de dag af tussen zitten en staan?</translation>
        </message>
        <message>
            <source>A sit-stand desk only helps when you actually change position; either posture held all day is tiring.</source>
            <comment>why</comment>
            <translation>Een zit-stabureau helpt alleen als je echt van houding wisselt; de hele dag dezelfde houding is vermoeiend.</translation>
        </message>
        <message>
            <source>Swap about every 30 minutes to start with; a DeskCoach break is a handy moment to change.</source>
            <comment>fix</comment>
            <translation>Wissel om te beginnen ongeveer elke 30 minuten; een pauze van DeskCoach is een handig moment om te wisselen.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D5</name>
        <message>
            <source>When you stand to work, are the desk and screen set for standing, and your feet comfortable?</source>
            <comment>question</comment>
            <translation>Als je staand werkt, staan bureau en scherm dan op stahoogte en staan je voeten comfortabel?</translation>
        </message>
        <message>
            <source>A standing desk left at sitting height, or hard floor in thin shoes, soon makes standing a strain.</source>
            <comment>why</comment>
            <translation>Een bureau dat nog op zithoogte staat, of een harde vloer met dunne schoenen, maakt staan al snel zwaar.</translation>
        </message>
        <message>
            <source>Raise the desk until your forearms are level with it and the screen with it; wear supportive shoes or stand on a mat.</source>
            <comment>fix</comment>
            <translation>Zet het bureau hoger tot je onderarmen er horizontaal op liggen, en het scherm mee; draag stevige schoenen of sta op een mat.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D6</name>
        <message>
            <source>At home or at a shared desk, do you set the chair, desk and screen to fit you before you start?</source>
            <comment>question</comment>
            <translation>Thuis of op een flexplek: stel je de stoel, het bureau en het scherm op jezelf in voordat je begint?</translation>
        </message>
        <message>
            <source>A desk set up for someone else, or a kitchen table, fits you only by chance.</source>
            <comment>why</comment>
            <translation>Een bureau dat voor iemand anders is ingesteld, of een keukentafel, past je alleen bij toeval.</translation>
        </message>
        <message>
            <source>Take two minutes at the start: seat height, backrest, screen height and distance, keyboard; this checklist is the list.</source>
            <comment>fix</comment>
            <translation>Neem aan het begin twee minuten: zithoogte, rugleuning, schermhoogte en -afstand, toetsenbord; deze checklist is je lijstje.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S1</name>
        <message>
            <source>Is the top of the screen at or slightly below eye level (lower if you wear bifocals)?</source>
            <comment>question</comment>
            <translation>Staat de bovenkant van het scherm op of iets onder ooghoogte (lager als je een multifocale bril draagt)?</translation>
        </message>
        <message>
            <source>A screen set too high tips your head back; one set too low pulls it forward and down.</source>
            <comment>why</comment>
            <translation>Een te hoog scherm kantelt je hoofd naar achteren; een te laag scherm trekt het naar voren en omlaag.</translation>
        </message>
        <message>
            <source>Raise the screen on a riser, monitor arm or books until the top line meets your eyes; bifocal wearers, go lower.</source>
            <comment>fix</comment>
            <translation>Zet het scherm hoger op een verhoger, monitorarm of boeken tot de bovenste regel op ooghoogte is; met een multifocale bril lager.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S2</name>
        <message>
            <source>Is the screen at least an arm's length away, with text you can read without leaning in?</source>
            <comment>question</comment>
            <translation>Staat het scherm minstens een armlengte van je af, met tekst die je kunt lezen zonder naar voren te leunen?</translation>
        </message>
        <message>
            <source>Too close and your eyes work hard to focus; too far and you lean forward to read.</source>
            <comment>why</comment>
            <translation>Te dichtbij en je ogen moeten hard werken om scherp te stellen; te ver en je leunt naar voren om te lezen.</translation>
        </message>
        <message>
            <source>Put it at least an arm's length away (about 50 cm or more; farther for a big screen), then enlarge the text if needed.</source>
            <comment>fix</comment>
            <translation>Zet het minstens een armlengte weg (ongeveer 50 cm of meer; verder voor een groot scherm) en vergroot zo nodig de tekst.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S3</name>
        <message>
            <source>Is the screen you use most straight in front of you, so you don't turn your head to see it?</source>
            <comment>question</comment>
            <translation>Staat het scherm dat je het meest gebruikt recht voor je, zodat je je hoofd niet hoeft te draaien?</translation>
        </message>
        <message>
            <source>Looking off to one side for hours keeps your neck twisted.</source>
            <comment>why</comment>
            <translation>Urenlang opzij kijken houdt je nek gedraaid.</translation>
        </message>
        <message>
            <source>Centre your main screen behind the keyboard; with two screens used equally, put the gap between them in the middle.</source>
            <comment>fix</comment>
            <translation>Zet je hoofdscherm midden achter het toetsenbord; gebruik je twee schermen evenveel, zet de naad tussen beide dan in het midden.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S4</name>
        <message>
            <source>Can you read the screen without bright patches or mirror images of lights and windows on it?</source>
            <comment>question</comment>
            <translation>Kun je het scherm lezen zonder felle vlekken of spiegelingen van lampen en ramen erop?</translation>
        </message>
        <message>
            <source>Light bouncing off the screen fades the text, and you end up squinting or ducking your head around it.</source>
            <comment>why</comment>
            <translation>Licht dat op het scherm weerkaatst maakt de tekst vaag, en je gaat je ogen dichtknijpen of je hoofd eromheen bewegen.</translation>
        </message>
        <message>
            <source>Set the screen side-on to windows, draw the blinds when the sun is low, and tip the screen until the lamps vanish from it.</source>
            <comment>fix</comment>
            <translation>Zet het scherm zijwaarts naar de ramen, doe de zonwering dicht bij laagstaande zon en kantel het scherm tot de lampen erin verdwijnen.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S5</name>
        <message>
            <source>Are brightness and contrast comfortable, and is the picture steady, without flicker?</source>
            <comment>question</comment>
            <translation>Zijn helderheid en contrast prettig, en is het beeld rustig, zonder flikkering?</translation>
        </message>
        <message>
            <source>A dim, glaring or flickering picture makes reading hard work.</source>
            <comment>why</comment>
            <translation>Een dof, verblindend of flikkerend beeld maakt lezen zwaar.</translation>
        </message>
        <message>
            <source>Match the screen's brightness to the room in the display settings; report flicker that the settings don't cure.</source>
            <comment>fix</comment>
            <translation>Stem de helderheid in de beeldscherminstellingen af op de ruimte; meld flikkering die de instellingen niet verhelpen.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S6</name>
        <message>
            <source>If you type from papers, are they held up near the screen rather than flat on the desk?</source>
            <comment>question</comment>
            <translation>Als je vanaf papier typt, staat dat dan rechtop bij het scherm in plaats van plat op het bureau?</translation>
        </message>
        <message>
            <source>Looking down at papers and up at the screen again and again keeps your neck bobbing.</source>
            <comment>why</comment>
            <translation>Steeds omlaag naar papier en weer omhoog naar het scherm kijken laat je nek voortdurend op en neer gaan.</translation>
        </message>
        <message>
            <source>Put a document holder beside the screen, or between the keyboard and the screen, at about screen height.</source>
            <comment>fix</comment>
            <translation>Zet een documenthouder naast het scherm, of tussen toetsenbord en scherm, op ongeveer schermhoogte.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K1</name>
        <message>
            <source>When you type, are your elbows at about a right angle, shoulders relaxed and wrists straight?</source>
            <comment>question</comment>
            <translation>Staan je ellebogen bij het typen ongeveer in een rechte hoek, met ontspannen schouders en rechte polsen?</translation>
        </message>
        <message>
            <source>With the keys at elbow height your shoulders can drop and your wrists stay straight.</source>
            <comment>why</comment>
            <translation>Met de toetsen op ellebooghoogte kunnen je schouders zakken en blijven je polsen recht.</translation>
        </message>
        <message>
            <source>Adjust the chair until your forearms are level with the keys (add a footrest if needed) and fold the keyboard's feet flat.</source>
            <comment>fix</comment>
            <translation>Stel de stoel in tot je onderarmen op toetshoogte zijn (met een voetensteun als dat nodig is) en klap de pootjes van het toetsenbord in.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K2</name>
        <message>
            <source>Is there room in front of the keyboard to rest your hands when you pause?</source>
            <comment>question</comment>
            <translation>Is er voor het toetsenbord ruimte om je handen te laten rusten als je even stopt?</translation>
        </message>
        <message>
            <source>A place to rest your hands lets your arms relax instead of hovering over the keys.</source>
            <comment>why</comment>
            <translation>Een plek om je handen te laten rusten laat je armen ontspannen in plaats van boven de toetsen te zweven.</translation>
        </message>
        <message>
            <source>Move the keyboard back from the desk edge so your hands and wrists have room in front of it.</source>
            <comment>fix</comment>
            <translation>Zet het toetsenbord verder van de rand van het bureau, zodat je handen en polsen er ruimte voor hebben.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K3</name>
        <message>
            <source>Is your mouse right next to the keyboard, at the same height?</source>
            <comment>question</comment>
            <translation>Ligt je muis direct naast het toetsenbord, op dezelfde hoogte?</translation>
        </message>
        <message>
            <source>A mouse out at the side or on a higher shelf keeps your arm reaching away from your body.</source>
            <comment>why</comment>
            <translation>Een muis ver opzij of op een hogere plank laat je arm steeds van je lichaam af reiken.</translation>
        </message>
        <message>
            <source>Bring the mouse in close; a keyboard without a number pad shortens the reach, or try mousing with the other hand.</source>
            <comment>fix</comment>
            <translation>Haal de muis dichterbij; een toetsenbord zonder numeriek deel verkort de afstand, of probeer de muis met je andere hand.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K4</name>
        <message>
            <source>Does your mouse fit your hand, with the pointer moving at a speed that feels right?</source>
            <comment>question</comment>
            <translation>Past je muis goed in je hand en beweegt de aanwijzer met een snelheid die goed voelt?</translation>
        </message>
        <message>
            <source>An awkward mouse or a sluggish pointer makes you grip harder and move your arm more.</source>
            <comment>why</comment>
            <translation>Een onhandige muis of trage aanwijzer laat je harder knijpen en je arm meer bewegen.</translation>
        </message>
        <message>
            <source>Set the pointer speed in the mouse settings; if it still feels wrong, ask to try another mouse or a trackball.</source>
            <comment>fix</comment>
            <translation>Stel de aanwijzersnelheid in bij de muisinstellingen; voelt het nog niet goed, vraag dan een andere muis of trackball om te proberen.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K5</name>
        <message>
            <source>Is the keyboard centred in front of you, with the B key roughly in line with your navel?</source>
            <comment>question</comment>
            <translation>Staat het toetsenbord midden voor je, met de B-toets ongeveer in lijn met je navel?</translation>
        </message>
        <message>
            <source>Typing on a keyboard pushed off to one side keeps your arms and upper back turned all day.</source>
            <comment>why</comment>
            <translation>Typen op een toetsenbord dat opzij staat houdt je armen en bovenrug de hele dag gedraaid.</translation>
        </message>
        <message>
            <source>Slide the keyboard so its letter keys (not the whole board) sit in front of you; the B key lines up with your navel.</source>
            <comment>fix</comment>
            <translation>Schuif het toetsenbord zo dat de lettertoetsen (niet het hele bord) voor je liggen; de B-toets in lijn met je navel.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K6</name>
        <message>
            <source>If you have a wrist or palm rest, do you lean on it only while pausing, not while typing?</source>
            <comment>question</comment>
            <translation>Als je een pols- of handsteun hebt, leun je er dan alleen op tijdens pauzes en niet tijdens het typen?</translation>
        </message>
        <message>
            <source>Pressing your wrists on a rest while you type bends them and presses on the tissues inside.</source>
            <comment>why</comment>
            <translation>Je polsen op een steun drukken tijdens het typen buigt ze en drukt op de weefsels vanbinnen.</translation>
        </message>
        <message>
            <source>Let your hands float over the keys as you type and rest the heels of your hands on the rest only in pauses.</source>
            <comment>fix</comment>
            <translation>Laat je handen bij het typen boven de toetsen zweven en laat de onderkant van je handpalmen alleen in pauzes op de steun rusten.</translation>
        </message>
    </context>
    <context>
        <name>checklist:L1</name>
        <message>
            <source>For longer spells on the laptop, do you use a separate keyboard and mouse, with its screen raised?</source>
            <comment>question</comment>
            <translation>Gebruik je bij langer werken op de laptop een los toetsenbord en een losse muis, met het scherm verhoogd?</translation>
        </message>
        <message>
            <source>On a laptop the screen and keys are joined, so one of them is always at the wrong height.</source>
            <comment>why</comment>
            <translation>Bij een laptop zitten scherm en toetsen aan elkaar vast, dus staat er altijd één op de verkeerde hoogte.</translation>
        </message>
        <message>
            <source>Raise the laptop on a stand so the screen is at eye level and plug in a keyboard and mouse, or use a dock and monitor.</source>
            <comment>fix</comment>
            <translation>Zet de laptop op een standaard zodat het scherm op ooghoogte staat en sluit een toetsenbord en muis aan, of gebruik een dock en monitor.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E1</name>
        <message>
            <source>Is there enough light to read papers easily, without it glaring on the screen?</source>
            <comment>question</comment>
            <translation>Is er genoeg licht om papieren makkelijk te lezen, zonder dat het op het scherm schittert?</translation>
        </message>
        <message>
            <source>Too little light makes you lean in; too much, or in the wrong place, bounces off screen and paper.</source>
            <comment>why</comment>
            <translation>Te weinig licht laat je naar voren leunen; te veel, of op de verkeerde plek, weerkaatst op scherm en papier.</translation>
        </message>
        <message>
            <source>Add a desk lamp aimed at your papers, not the screen, or move out from under a bright ceiling light.</source>
            <comment>fix</comment>
            <translation>Zet een bureaulamp neer die op je papieren schijnt, niet op het scherm, of ga niet recht onder een felle plafondlamp zitten.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E2</name>
        <message>
            <source>Are the noise, temperature and air (not too dry or stuffy) comfortable where you work?</source>
            <comment>question</comment>
            <translation>Zijn het geluid, de temperatuur en de lucht (niet te droog of benauwd) prettig op je werkplek?</translation>
        </message>
        <message>
            <source>A noisy, stuffy, hot or cold room wears down your comfort and concentration over a day.</source>
            <comment>why</comment>
            <translation>Een lawaaiige, benauwde, warme of koude ruimte vreet in de loop van de dag aan je comfort en concentratie.</translation>
        </message>
        <message>
            <source>Tell facilities what bothers you and when it happens; meanwhile a fan, an extra layer or headphones can help.</source>
            <comment>fix</comment>
            <translation>Vertel facilitair beheer wat je stoort en wanneer; intussen kunnen een ventilator, een extra laagje of een koptelefoon helpen.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E3</name>
        <message>
            <source>Is there room around your chair to shift position, stand up and stretch?</source>
            <comment>question</comment>
            <translation>Is er rond je stoel ruimte om van houding te wisselen, op te staan en je uit te rekken?</translation>
        </message>
        <message>
            <source>Moving often is easy only when there is space to do it.</source>
            <comment>why</comment>
            <translation>Vaak bewegen is alleen makkelijk als er ruimte voor is.</translation>
        </message>
        <message>
            <source>Clear the floor around your chair and rearrange the furniture; ask facilities if the space is simply too small.</source>
            <comment>fix</comment>
            <translation>Maak de vloer rond je stoel vrij en zet de meubels anders neer; vraag facilitair beheer om hulp als de ruimte gewoon te klein is.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H1</name>
        <message>
            <source>Do you break up screen work at least once an hour with a short pause or an off-screen task?</source>
            <comment>question</comment>
            <translation>Onderbreek je beeldschermwerk minstens één keer per uur met een korte pauze of een taak zonder scherm?</translation>
        </message>
        <message>
            <source>Short, frequent breaks suit screen work better than long, rare ones.</source>
            <comment>why</comment>
            <translation>Korte, frequente pauzes passen beter bij beeldschermwerk dan lange, zeldzame.</translation>
        </message>
        <message>
            <source>Turn on DeskCoach's breaks, and save calls, filing and printing for the gaps between screen spells.</source>
            <comment>fix</comment>
            <translation>Zet de pauzes van DeskCoach aan en bewaar bellen, archiveren en printen voor de momenten tussen het schermwerk door.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H2</name>
        <message>
            <source>Do you rest your eyes often, looking into the distance and blinking fully for a few seconds?</source>
            <comment>question</comment>
            <translation>Geef je je ogen vaak rust door een paar seconden in de verte te kijken en goed te knipperen?</translation>
        </message>
        <message>
            <source>People blink less while reading a screen, and hours of close focus are tiring for the eyes.</source>
            <comment>why</comment>
            <translation>Mensen knipperen minder als ze van een scherm lezen, en urenlang dichtbij kijken vermoeit de ogen.</translation>
        </message>
        <message>
            <source>Every 20 minutes or so, look at something about 6 m (20 ft) away for 20 seconds and blink fully a few times.</source>
            <comment>fix</comment>
            <translation>Kijk ongeveer elke 20 minuten 20 seconden naar iets op zo'n 6 m (20 ft) afstand en knipper een paar keer goed.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H3</name>
        <message>
            <source>Have you had an eye test recently?</source>
            <comment>question</comment>
            <translation>Heb je onlangs je ogen laten testen?</translation>
        </message>
        <message>
            <source>Some people need glasses made for screen distance; an eye test is how to find out.</source>
            <comment>why</comment>
            <translation>Sommige mensen hebben een bril nodig die is gemaakt voor schermafstand; een oogtest wijst het uit.</translation>
        </message>
        <message>
            <source>Ask your manager or HR: in the UK and EU, employers arrange an eye test for screen users who ask for one.</source>
            <comment>fix</comment>
            <translation>Vraag het je leidinggevende of HR: in het VK en de EU regelt de werkgever een oogtest voor beeldschermwerkers die erom vragen.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H4</name>
        <message>
            <source>Has someone shown you how to adjust your chair, desk and screen to fit you?</source>
            <comment>question</comment>
            <translation>Heeft iemand je laten zien hoe je je stoel, bureau en scherm op jezelf instelt?</translation>
        </message>
        <message>
            <source>Adjustable furniture only helps if you know how to set it.</source>
            <comment>why</comment>
            <translation>Verstelbaar meubilair helpt alleen als je weet hoe je het instelt.</translation>
        </message>
        <message>
            <source>Ask your manager for a short workstation set-up session, or go through this checklist with each control in hand.</source>
            <comment>fix</comment>
            <translation>Vraag je leidinggevende om een korte sessie om je werkplek in te stellen, of loop deze checklist door met elke knop of hendel bij de hand.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H5</name>
        <message>
            <source>Are you free of aches, tingling or eye strain that you put down to your work?</source>
            <comment>question</comment>
            <translation>Ben je vrij van pijn, tintelingen of vermoeide ogen die je aan je werk toeschrijft?</translation>
        </message>
        <message>
            <source>Discomfort that keeps coming back is worth raising early, while it is easy to act on.</source>
            <comment>why</comment>
            <translation>Klachten die steeds terugkomen kun je het beste vroeg melden, nu er nog makkelijk iets aan te doen is.</translation>
        </message>
        <message>
            <source>Tell your manager so your workstation can be looked at again, and see a health professional if it lasts.</source>
            <comment>fix</comment>
            <translation>Meld het bij je leidinggevende zodat je werkplek opnieuw bekeken kan worden, en ga naar een zorgverlener als het aanhoudt.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H6</name>
        <message>
            <source>For long calls, do you use a headset rather than holding the phone between your ear and shoulder?</source>
            <comment>question</comment>
            <translation>Gebruik je bij lange gesprekken een headset in plaats van de telefoon tussen je oor en schouder te klemmen?</translation>
        </message>
        <message>
            <source>Clamping a phone with your shoulder holds your neck bent to one side for the whole call.</source>
            <comment>why</comment>
            <translation>Een telefoon met je schouder vastklemmen houdt je nek het hele gesprek opzij gebogen.</translation>
        </message>
        <message>
            <source>Use a headset or earphones for calls longer than a few minutes, or the speaker when you are on your own.</source>
            <comment>fix</comment>
            <translation>Gebruik een headset of oortjes voor gesprekken langer dan een paar minuten, of de luidspreker als je alleen bent.</translation>
        </message>
    </context>
</TS>
