<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>exercise:ankle-pumps</name>
        <message>
            <source>Ankle pumps and circles</source>
            <comment>name</comment>
            <translation>Fußwippen und Fußkreisen</translation>
        </message>
        <message>
            <source>Point, flex and circle your feet to keep the blood moving in your lower legs.</source>
            <comment>summary</comment>
            <translation>Fußspitzen strecken, anziehen und kreisen lassen, damit das Blut in den Unterschenkeln in Bewegung bleibt.</translation>
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>dose</comment>
            <translation>10-mal wippen und 10-mal kreisen pro Fuß</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 pumps and 10 circles.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 10-mal wippen und 10-mal kreisen.</translation>
        </message>
        <message>
            <source>Stretch one leg out in front, heel on the floor, and point your toes away.</source>
            <comment>steps[0].text</comment>
            <translation>Streck ein Bein nach vorn, die Ferse bleibt am Boden, und zeig mit den Zehen von dir weg.</translation>
        </message>
        <message>
            <source>Pull your toes back toward you, then point them again. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Zieh die Zehen zu dir heran und streck sie dann wieder. 10-mal.</translation>
        </message>
        <message>
            <source>Draw slow circles with your foot, 5 each way.</source>
            <comment>steps[2].text</comment>
            <translation>Zeichne mit dem Fuß langsame Kreise, 5 in jede Richtung.</translation>
        </message>
        <message>
            <source>Switch legs and do both moves with the other foot.</source>
            <comment>steps[3].text</comment>
            <translation>Wechsle das Bein und mach beide Bewegungen mit dem anderen Fuß.</translation>
        </message>
        <message>
            <source>6 pumps and 6 circles a foot</source>
            <comment>levels[0].dose</comment>
            <translation>6-mal wippen und 6-mal kreisen pro Fuß</translation>
        </message>
        <message>
            <source>Fewer, smaller movements; keep the heel on the floor.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger und kleinere Bewegungen; die Ferse bleibt am Boden.</translation>
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>levels[1].dose</comment>
            <translation>10-mal wippen und 10-mal kreisen pro Fuß</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>15 pumps and 15 circles a foot</source>
            <comment>levels[2].dose</comment>
            <translation>15-mal wippen und 15-mal kreisen pro Fuß</translation>
        </message>
        <message>
            <source>Lift the foot off the floor and make the circles larger.</source>
            <comment>levels[2].how</comment>
            <translation>Heb den Fuß vom Boden ab und mach die Kreise größer.</translation>
        </message>
    </context>
    <context>
        <name>exercise:back-extension</name>
        <message>
            <source>Standing back bend</source>
            <comment>name</comment>
            <translation>Rückbeuge im Stehen</translation>
        </message>
        <message>
            <source>A gentle lean back that undoes some of the forward bending of long sitting.</source>
            <comment>summary</comment>
            <translation>Eine sanfte Rückbeuge, die etwas vom Vorbeugen beim langen Sitzen ausgleicht.</translation>
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>dose</comment>
            <translation>8 sanfte Rückbeugen</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5-10 leans.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 5-10 Rückbeugen.</translation>
        </message>
        <message>
            <source>Lean back only as far as feels easy, and keep your knees soft.</source>
            <comment>cautions[0]</comment>
            <translation>Beug dich nur so weit zurück, wie es leichtfällt, und lass die Knie locker.</translation>
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>Lass diese Übung aus, wenn Schmerzen, Taubheit oder Kribbeln ins Bein ausstrahlen.</translation>
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation>Lass diese Übung aus, wenn du eine Spinalkanalstenose oder ein Wirbelgleiten hast.</translation>
        </message>
        <message>
            <source>Stand with feet apart and put your hands on the back of your hips, fingers down.</source>
            <comment>steps[0].text</comment>
            <translation>Stell dich mit geöffneten Füßen hin und leg die Hände hinten auf die Hüften, Finger nach unten.</translation>
        </message>
        <message>
            <source>Lean back gently over your hands, then come upright again. 8 times, slowly.</source>
            <comment>steps[1].text</comment>
            <translation>Lehn dich sanft über die Hände nach hinten und richte dich wieder auf. 8-mal, langsam.</translation>
        </message>
        <message>
            <source>5 small leans</source>
            <comment>levels[0].dose</comment>
            <translation>5 kleine Rückbeugen</translation>
        </message>
        <message>
            <source>Lean back only a little, hands supporting the lower back.</source>
            <comment>levels[0].how</comment>
            <translation>Beug dich nur ein wenig zurück, die Hände stützen den unteren Rücken.</translation>
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>levels[1].dose</comment>
            <translation>8 sanfte Rückbeugen</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>10 leans, 2 s at the end</source>
            <comment>levels[2].dose</comment>
            <translation>10 Rückbeugen, je 2 s halten</translation>
        </message>
        <message>
            <source>Pause briefly at the end of each lean if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Halte am Ende jeder Rückbeuge kurz inne, solange es angenehm bleibt.</translation>
        </message>
    </context>
    <context>
        <name>exercise:belly-breathing</name>
        <message>
            <source>Slow belly breathing</source>
            <comment>name</comment>
            <translation>Langsame Bauchatmung</translation>
        </message>
        <message>
            <source>Slow breaths into the belly, a calm way to settle between tasks.</source>
            <comment>summary</comment>
            <translation>Langsame Atemzüge in den Bauch – eine ruhige Art, zwischen zwei Aufgaben zur Ruhe zu kommen.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>dose</comment>
            <translation>8 langsame Atemzüge</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 6-10 breaths, about 4 s in and 6 s out.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 6-10 Atemzüge, etwa 4 s ein und 6 s aus.</translation>
        </message>
        <message>
            <source>Feeling light-headed? Breathe more gently, or go back to normal breathing.</source>
            <comment>cautions[0]</comment>
            <translation>Wird dir schwindelig? Atme sanfter oder kehr zur normalen Atmung zurück.</translation>
        </message>
        <message>
            <source>Don't hold your breath; let each breath flow into the next.</source>
            <comment>cautions[1]</comment>
            <translation>Halte den Atem nicht an; lass einen Atemzug in den nächsten übergehen.</translation>
        </message>
        <message>
            <source>Sit back comfortably, shoulders loose, one hand resting on your belly.</source>
            <comment>steps[0].text</comment>
            <translation>Lehn dich bequem zurück, Schultern locker, eine Hand liegt auf dem Bauch.</translation>
        </message>
        <message>
            <source>Breathe in through your nose so your belly lifts your hand; breathe out long and soft.</source>
            <comment>steps[1].text</comment>
            <translation>Atme durch die Nase ein, sodass der Bauch deine Hand hebt; atme lang und sanft aus.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>5 langsame Atemzüge</translation>
        </message>
        <message>
            <source>Fewer breaths; breathe out for as long as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Atemzüge; atme so lange aus, wie es leichtfällt.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation>8 langsame Atemzüge</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>10 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>10 langsame Atemzüge</translation>
        </message>
        <message>
            <source>More breaths, with a slightly longer breath out.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Atemzüge, mit etwas längerem Ausatmen.</translation>
        </message>
    </context>
    <context>
        <name>exercise:bruegger-relief</name>
        <message>
            <source>Brügger relief position</source>
            <comment>name</comment>
            <translation>Brügger-Entlastungshaltung</translation>
        </message>
        <message>
            <source>Sit at the chair edge and open up: the opposite of a slumped desk posture.</source>
            <comment>summary</comment>
            <translation>Auf die Stuhlkante setzen und öffnen: das Gegenteil der zusammengesunkenen Haltung am Schreibtisch.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>dose</comment>
            <translation>5 langsame Atemzüge</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 3-5 slow breaths.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 3-5 langsame Atemzüge.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Nimm einen Stuhl, der nicht wegrollen kann: ohne Rollen oder mit feststellbaren Rollen.</translation>
        </message>
        <message>
            <source>Keep the lift small; it should feel open, never strained.</source>
            <comment>cautions[1]</comment>
            <translation>Richte dich nur wenig auf; es soll sich offen anfühlen, nie angestrengt.</translation>
        </message>
        <message>
            <source>Move to the front edge of your seat and sit tall.</source>
            <comment>steps[0].text</comment>
            <translation>Rutsch an die vordere Kante der Sitzfläche und setz dich aufrecht hin.</translation>
        </message>
        <message>
            <source>Set your feet wide and turned out, lift your breastbone, turn your palms forward.</source>
            <comment>steps[1].text</comment>
            <translation>Stell die Füße breit und nach außen gedreht, heb das Brustbein, dreh die Handflächen nach vorn.</translation>
        </message>
        <message>
            <source>Stay in this open shape for 5 slow breaths, then relax.</source>
            <comment>steps[2].text</comment>
            <translation>Bleib 5 langsame Atemzüge lang in dieser offenen Haltung und entspann dich dann.</translation>
        </message>
        <message>
            <source>3 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>3 langsame Atemzüge</translation>
        </message>
        <message>
            <source>Fewer breaths; turn the palms out only part way.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Atemzüge; dreh die Handflächen nur ein Stück nach außen.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation>5 langsame Atemzüge</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>8 langsame Atemzüge</translation>
        </message>
        <message>
            <source>More breaths, holding the open position throughout.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Atemzüge, die offene Haltung dabei durchgehend halten.</translation>
        </message>
    </context>
    <context>
        <name>exercise:calf-raises</name>
        <message>
            <source>Calf raises</source>
            <comment>name</comment>
            <translation>Wadenheben</translation>
        </message>
        <message>
            <source>Works your calves and gets the blood moving in legs that have been still.</source>
            <comment>summary</comment>
            <translation>Kräftigt die Waden und bringt das Blut in Beinen in Bewegung, die lange stillgehalten haben.</translation>
        </message>
        <message>
            <source>12 raises</source>
            <comment>dose</comment>
            <translation>12-mal heben</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10-15 raises.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 10-15-mal heben.</translation>
        </message>
        <message>
            <source>Unsteady on your feet? Keep both hands on the desk, or take the seated version.</source>
            <comment>cautions[0]</comment>
            <translation>Unsicher auf den Beinen? Lass beide Hände auf dem Schreibtisch oder mach die Variante im Sitzen.</translation>
        </message>
        <message>
            <source>Sore Achilles tendon or heel? Rise only a little, or pick another move.</source>
            <comment>cautions[1]</comment>
            <translation>Schmerzt die Achillessehne oder die Ferse? Heb dich nur ein wenig an oder wähl eine andere Übung.</translation>
        </message>
        <message>
            <source>Stand facing your desk, feet hip-width apart, fingertips resting on it.</source>
            <comment>steps[0].text</comment>
            <translation>Stell dich vor den Schreibtisch, Füße hüftbreit, die Fingerspitzen liegen darauf.</translation>
        </message>
        <message>
            <source>Rise up onto your toes, then lower your heels slowly. 12 times.</source>
            <comment>steps[1].text</comment>
            <translation>Stell dich auf die Zehenspitzen und senk die Fersen dann langsam ab. 12-mal.</translation>
        </message>
        <message>
            <source>8 raises</source>
            <comment>levels[0].dose</comment>
            <translation>8-mal heben</translation>
        </message>
        <message>
            <source>Fewer raises, both hands on the desk, lifting only part way.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Wiederholungen, beide Hände auf dem Schreibtisch, nur ein Stück anheben.</translation>
        </message>
        <message>
            <source>12 raises</source>
            <comment>levels[1].dose</comment>
            <translation>12-mal heben</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>15 raises, 2 s lowering</source>
            <comment>levels[2].dose</comment>
            <translation>15-mal heben, 2 s absenken</translation>
        </message>
        <message>
            <source>More raises, lowering slowly over two seconds.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Wiederholungen, über zwei Sekunden langsam absenken.</translation>
        </message>
    </context>
    <context>
        <name>exercise:chin-tuck</name>
        <message>
            <source>Chin tucks</source>
            <comment>name</comment>
            <translation>Kinn zurückziehen</translation>
        </message>
        <message>
            <source>Slides your head back over your shoulders after leaning in toward the screen.</source>
            <comment>summary</comment>
            <translation>Schiebt den Kopf wieder über die Schultern zurück, nachdem du dich zum Bildschirm vorgebeugt hast.</translation>
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>dose</comment>
            <translation>8-mal, je 3 s</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 tucks held 3-5 s.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 8-10-mal, je 3-5 s halten.</translation>
        </message>
        <message>
            <source>Keep your eyes level: the head slides straight back, it does not nod down.</source>
            <comment>cautions[0]</comment>
            <translation>Halte den Blick waagerecht: Der Kopf gleitet gerade nach hinten, er nickt nicht nach unten.</translation>
        </message>
        <message>
            <source>Stop if you notice pain or tingling going into an arm.</source>
            <comment>cautions[1]</comment>
            <translation>Hör auf, wenn du Schmerzen oder Kribbeln spürst, die in einen Arm ziehen.</translation>
        </message>
        <message>
            <source>Sit or stand tall and look straight ahead.</source>
            <comment>steps[0].text</comment>
            <translation>Setz oder stell dich aufrecht hin und schau geradeaus.</translation>
        </message>
        <message>
            <source>Glide your head straight back, making a double chin. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Schieb den Kopf gerade nach hinten, sodass ein Doppelkinn entsteht. 3 s halten, dann lösen. 8-mal.</translation>
        </message>
        <message>
            <source>5 tucks, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5-mal, je 2 s</translation>
        </message>
        <message>
            <source>Fewer, gentler tucks with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger und sanftere Wiederholungen, kürzer halten.</translation>
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8-mal, je 3 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>10 tucks, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10-mal, je 5 s</translation>
        </message>
        <message>
            <source>More tucks with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Wiederholungen, länger halten.</translation>
        </message>
    </context>
    <context>
        <name>exercise:doorway-chest-stretch</name>
        <message>
            <source>Doorway chest stretch</source>
            <comment>name</comment>
            <translation>Brustdehnung im Türrahmen</translation>
        </message>
        <message>
            <source>Opens the chest and the fronts of the shoulders, which tighten as you hunch.</source>
            <comment>summary</comment>
            <translation>Öffnet die Brust und die Vorderseite der Schultern, die sich beim Krummsitzen verkürzen.</translation>
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>dose</comment>
            <translation>2-mal 25 s halten</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 2 holds of 20-30 s.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 2-mal 20-30 s halten.</translation>
        </message>
        <message>
            <source>Shoulder that feels loose or has slipped out before? Keep your elbow lower.</source>
            <comment>cautions[0]</comment>
            <translation>Fühlt sich die Schulter locker an oder war sie schon einmal ausgerenkt? Halte den Ellbogen tiefer.</translation>
        </message>
        <message>
            <source>Stand in a doorway and rest one forearm on the frame, elbow at shoulder height.</source>
            <comment>steps[0].text</comment>
            <translation>Stell dich in einen Türrahmen und leg einen Unterarm an den Rahmen, Ellbogen auf Schulterhöhe.</translation>
        </message>
        <message>
            <source>Step one foot through and turn your chest gently away from that arm. Hold 25 s.</source>
            <comment>steps[1].text</comment>
            <translation>Mach mit einem Fuß einen Schritt nach vorn und dreh die Brust sanft von diesem Arm weg. 25 s halten.</translation>
        </message>
        <message>
            <source>Step back, breathe, then do the same with the other arm on the other side.</source>
            <comment>steps[2].text</comment>
            <translation>Tritt zurück, atme durch und mach dann dasselbe mit dem anderen Arm auf der anderen Seite.</translation>
        </message>
        <message>
            <source>2 holds of 15 s</source>
            <comment>levels[0].dose</comment>
            <translation>2-mal 15 s halten</translation>
        </message>
        <message>
            <source>Shorter holds, elbows lower and a smaller step.</source>
            <comment>levels[0].how</comment>
            <translation>Kürzer halten, Ellbogen tiefer und ein kleinerer Schritt.</translation>
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>levels[1].dose</comment>
            <translation>2-mal 25 s halten</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>2 holds of 30 s</source>
            <comment>levels[2].dose</comment>
            <translation>2-mal 30 s halten</translation>
        </message>
        <message>
            <source>Longer holds with a slightly deeper step.</source>
            <comment>levels[2].how</comment>
            <translation>Länger halten, mit einem etwas tieferen Schritt.</translation>
        </message>
    </context>
    <context>
        <name>exercise:eye-rest-20-20-20</name>
        <message>
            <source>20-20-20 eye rest</source>
            <comment>name</comment>
            <translation>20-20-20-Augenpause</translation>
        </message>
        <message>
            <source>Lets your eyes relax their focus and blink fully after close work at the screen.</source>
            <comment>summary</comment>
            <translation>Lässt die Augen nach der Naharbeit am Bildschirm entspannen und vollständig blinzeln.</translation>
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>dose</comment>
            <translation>20 s, Blick 6 m in die Ferne</translation>
        </message>
        <message>
            <source>At least 20 s looking 6 m (20 feet) away, about every 20 minutes, as in the 20-20-20 trial cited.</source>
            <comment>dose_basis</comment>
            <translation>Mindestens 20 s lang 6 m (20 Fuß) weit schauen, etwa alle 20 Minuten, wie in der angeführten 20-20-20-Studie.</translation>
        </message>
        <message>
            <source>Look away from the screen to something at least 6 m (20 ft) away.</source>
            <comment>steps[0].text</comment>
            <translation>Schau vom Bildschirm weg auf etwas, das mindestens 6 m (20 ft) entfernt ist.</translation>
        </message>
        <message>
            <source>Keep your eyes on it for 20 seconds and let your face soften.</source>
            <comment>steps[1].text</comment>
            <translation>Lass den Blick 20 Sekunden darauf ruhen und entspann dein Gesicht.</translation>
        </message>
        <message>
            <source>Blink slowly and fully a few times, closing your eyes all the way.</source>
            <comment>steps[2].text</comment>
            <translation>Blinzle ein paarmal langsam und vollständig, schließ die Augen dabei ganz.</translation>
        </message>
        <message>
            <source>10 s, looking far away</source>
            <comment>levels[0].dose</comment>
            <translation>10 s, Blick in die Ferne</translation>
        </message>
        <message>
            <source>A short look at the farthest point you can see.</source>
            <comment>levels[0].how</comment>
            <translation>Ein kurzer Blick auf den entferntesten Punkt, den du sehen kannst.</translation>
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>levels[1].dose</comment>
            <translation>20 s, Blick 6 m in die Ferne</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>30 s, looking 6 m away</source>
            <comment>levels[2].dose</comment>
            <translation>30 s, Blick 6 m in die Ferne</translation>
        </message>
        <message>
            <source>Look longer and blink fully a few times.</source>
            <comment>levels[2].how</comment>
            <translation>Schau länger in die Ferne und blinzle ein paarmal vollständig.</translation>
        </message>
    </context>
    <context>
        <name>exercise:hip-flexor-stretch</name>
        <message>
            <source>Standing hip-flexor stretch</source>
            <comment>name</comment>
            <translation>Hüftbeuger-Dehnung im Stehen</translation>
        </message>
        <message>
            <source>Opens the fronts of your hips, which stay folded for as long as you sit.</source>
            <comment>summary</comment>
            <translation>Öffnet die Vorderseite der Hüften, die beim Sitzen die ganze Zeit gebeugt bleibt.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation>25 s pro Seite</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 20-30 s pro Seite.</translation>
        </message>
        <message>
            <source>Sore knee? Take a shorter step and keep a hand on the desk.</source>
            <comment>cautions[0]</comment>
            <translation>Empfindliches Knie? Mach einen kürzeren Schritt und lass eine Hand auf dem Schreibtisch.</translation>
        </message>
        <message>
            <source>Hold the desk and step one foot well back, both feet pointing forward.</source>
            <comment>steps[0].text</comment>
            <translation>Halt dich am Schreibtisch fest und stell einen Fuß weit nach hinten, beide Füße zeigen nach vorn.</translation>
        </message>
        <message>
            <source>Tuck your tailbone under, squeeze the back buttock and shift forward gently. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Roll das Becken ein, spann den hinteren Po an und schieb dich sanft nach vorn. Halten.</translation>
        </message>
        <message>
            <source>Switch legs and hold the stretch on the other side.</source>
            <comment>steps[2].text</comment>
            <translation>Wechsle das Bein und halte die Dehnung auf der anderen Seite.</translation>
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>15 s pro Seite</translation>
        </message>
        <message>
            <source>Shorter holds with a smaller step; hold the desk.</source>
            <comment>levels[0].how</comment>
            <translation>Kürzer halten, mit kleinerem Schritt; halt dich am Schreibtisch fest.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>25 s pro Seite</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>30 s pro Seite</translation>
        </message>
        <message>
            <source>Longer holds, squeezing the back buttock a little more.</source>
            <comment>levels[2].how</comment>
            <translation>Länger halten, den hinteren Po etwas stärker anspannen.</translation>
        </message>
    </context>
    <context>
        <name>exercise:hip-hinge</name>
        <message>
            <source>Hip hinge</source>
            <comment>name</comment>
            <translation>Vorbeuge aus der Hüfte</translation>
        </message>
        <message>
            <source>Practice bending from the hips with a long back, the easy way to reach down.</source>
            <comment>summary</comment>
            <translation>Üb das Beugen aus der Hüfte mit langem Rücken – die schonende Art, nach unten zu greifen.</translation>
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>dose</comment>
            <translation>8 langsame Vorbeugen</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 hinges.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 8-10 Vorbeugen.</translation>
        </message>
        <message>
            <source>Back feeling tight? Keep the bend small and let the hips do the moving.</source>
            <comment>cautions[0]</comment>
            <translation>Rücken fühlt sich steif an? Beug dich nur wenig vor und lass die Hüfte die Bewegung machen.</translation>
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation>Hör auf, wenn du Schmerzen, Taubheit oder Kribbeln spürst, die ins Bein ziehen.</translation>
        </message>
        <message>
            <source>Stand with feet hip-width apart, knees soft, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation>Stell dich hüftbreit hin, Knie locker, die Hände liegen auf den Oberschenkeln.</translation>
        </message>
        <message>
            <source>Push your hips back, head, upper back and tailbone in one line; squeeze to rise. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Schieb die Hüfte zurück, Kopf, oberer Rücken und Steißbein in einer Linie; Po anspannen und hoch. 8-mal.</translation>
        </message>
        <message>
            <source>Finish standing tall and let your breath settle.</source>
            <comment>steps[2].text</comment>
            <translation>Steh zum Schluss aufrecht und lass den Atem zur Ruhe kommen.</translation>
        </message>
        <message>
            <source>5 slow hinges</source>
            <comment>levels[0].dose</comment>
            <translation>5 langsame Vorbeugen</translation>
        </message>
        <message>
            <source>Fewer hinges, bending only a little, hands on the thighs.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Vorbeugen, nur wenig beugen, Hände auf den Oberschenkeln.</translation>
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>levels[1].dose</comment>
            <translation>8 langsame Vorbeugen</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>12 slow hinges</source>
            <comment>levels[2].dose</comment>
            <translation>12 langsame Vorbeugen</translation>
        </message>
        <message>
            <source>More hinges, with a slower return to standing.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Vorbeugen, langsamer wieder aufrichten.</translation>
        </message>
    </context>
    <context>
        <name>exercise:near-far-focus</name>
        <message>
            <source>Near and far focus</source>
            <comment>name</comment>
            <translation>Nah und fern sehen</translation>
        </message>
        <message>
            <source>Switch your focus between near and far for a change from the fixed screen distance.</source>
            <comment>summary</comment>
            <translation>Wechsle den Blick zwischen nah und fern – als Abwechslung zum immer gleichen Abstand zum Bildschirm.</translation>
        </message>
        <message>
            <source>10 switches</source>
            <comment>dose</comment>
            <translation>10 Wechsel</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 switches.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 10 Wechsel.</translation>
        </message>
        <message>
            <source>Hold a pen upright about 30 cm in front of your face.</source>
            <comment>steps[0].text</comment>
            <translation>Halte einen Stift aufrecht etwa 30 cm vor dein Gesicht.</translation>
        </message>
        <message>
            <source>Focus on the pen tip for a moment, then on something far away. Switch 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Schau einen Moment auf die Stiftspitze, dann auf etwas in der Ferne. 10-mal wechseln.</translation>
        </message>
        <message>
            <source>6 switches</source>
            <comment>levels[0].dose</comment>
            <translation>6 Wechsel</translation>
        </message>
        <message>
            <source>Fewer switches, pausing longer at the far point.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Wechsel, länger in die Ferne schauen.</translation>
        </message>
        <message>
            <source>10 switches</source>
            <comment>levels[1].dose</comment>
            <translation>10 Wechsel</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>15 switches</source>
            <comment>levels[2].dose</comment>
            <translation>15 Wechsel</translation>
        </message>
        <message>
            <source>More switches at an even pace.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Wechsel in gleichmäßigem Tempo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:neck-rotation</name>
        <message>
            <source>Neck turns</source>
            <comment>name</comment>
            <translation>Kopfdrehen</translation>
        </message>
        <message>
            <source>Slow looks over each shoulder to keep your neck turning freely.</source>
            <comment>summary</comment>
            <translation>Langsame Blicke über jede Schulter, damit sich der Nacken frei drehen kann.</translation>
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>dose</comment>
            <translation>3-mal pro Seite</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 3 turns each side.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 3-mal pro Seite.</translation>
        </message>
        <message>
            <source>Move slowly and keep the turn within an easy range.</source>
            <comment>cautions[0]</comment>
            <translation>Beweg dich langsam und dreh nur so weit, wie es leichtfällt.</translation>
        </message>
        <message>
            <source>Sit or stand tall, shoulders relaxed, chin level.</source>
            <comment>steps[0].text</comment>
            <translation>Setz oder stell dich aufrecht hin, Schultern locker, Kinn waagerecht.</translation>
        </message>
        <message>
            <source>Turn your head slowly to look over your right shoulder. Hold 5 s, come back. 3 times.</source>
            <comment>steps[1].text</comment>
            <translation>Dreh den Kopf langsam und schau über die rechte Schulter. 5 s halten, zurückkommen. 3-mal.</translation>
        </message>
        <message>
            <source>Now look over your left shoulder the same way. 3 times.</source>
            <comment>steps[2].text</comment>
            <translation>Schau jetzt genauso über die linke Schulter. 3-mal.</translation>
        </message>
        <message>
            <source>2 small turns each side</source>
            <comment>levels[0].dose</comment>
            <translation>2-mal klein pro Seite</translation>
        </message>
        <message>
            <source>Turn only part way, staying well inside comfort.</source>
            <comment>levels[0].how</comment>
            <translation>Dreh nur ein Stück weit, deutlich im angenehmen Bereich.</translation>
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>levels[1].dose</comment>
            <translation>3-mal pro Seite</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>4 turns each side</source>
            <comment>levels[2].dose</comment>
            <translation>4-mal pro Seite</translation>
        </message>
        <message>
            <source>More turns, holding each for a breath.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Drehungen, jede einen Atemzug lang halten.</translation>
        </message>
    </context>
    <context>
        <name>exercise:neck-side-bend</name>
        <message>
            <source>Neck side stretch</source>
            <comment>name</comment>
            <translation>Seitliche Nackendehnung</translation>
        </message>
        <message>
            <source>Eases the sides of your neck and the tops of your shoulders.</source>
            <comment>summary</comment>
            <translation>Entspannt die Seiten des Halses und die Schultern oben.</translation>
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>dose</comment>
            <translation>2 × 15 s pro Seite</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 2 holds of 15 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 2-mal 15 s pro Seite halten.</translation>
        </message>
        <message>
            <source>Let the weight of your head do the work; don't pull it down with your hand.</source>
            <comment>cautions[0]</comment>
            <translation>Lass das Gewicht des Kopfes arbeiten; zieh ihn nicht mit der Hand nach unten.</translation>
        </message>
        <message>
            <source>Let your left arm hang or hold the seat; tip your right ear toward your right shoulder.</source>
            <comment>steps[0].text</comment>
            <translation>Lass den linken Arm hängen oder halt dich am Sitz fest; neig das rechte Ohr zur rechten Schulter.</translation>
        </message>
        <message>
            <source>Lift your head slowly, then tip your left ear toward your left shoulder the same way.</source>
            <comment>steps[1].text</comment>
            <translation>Heb den Kopf langsam an und neig dann genauso das linke Ohr zur linken Schulter.</translation>
        </message>
        <message>
            <source>Once more to the right, breathing slowly.</source>
            <comment>steps[2].text</comment>
            <translation>Noch einmal nach rechts, dabei langsam atmen.</translation>
        </message>
        <message>
            <source>And once more to the left, then lift your head up slowly.</source>
            <comment>steps[3].text</comment>
            <translation>Und noch einmal nach links, dann den Kopf langsam aufrichten.</translation>
        </message>
        <message>
            <source>2 × 10 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>2 × 10 s pro Seite</translation>
        </message>
        <message>
            <source>Shorter holds, a smaller bend, no hand on the head.</source>
            <comment>levels[0].how</comment>
            <translation>Kürzer halten, weniger weit neigen, keine Hand auf dem Kopf.</translation>
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>2 × 15 s pro Seite</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>2 × 20 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>2 × 20 s pro Seite</translation>
        </message>
        <message>
            <source>Longer holds on each side.</source>
            <comment>levels[2].how</comment>
            <translation>Pro Seite länger halten.</translation>
        </message>
    </context>
    <context>
        <name>exercise:overhead-reach</name>
        <message>
            <source>Overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation>Strecken nach oben mit langsamem Atmen</translation>
        </message>
        <message>
            <source>Stretch tall through your sides and chest while your breathing slows down.</source>
            <comment>summary</comment>
            <translation>Streck dich über die Flanken und die Brust lang nach oben, während dein Atem ruhiger wird.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation>10 langsame Atemzüge mit Armsenken</translation>
        </message>
        <message>
            <source>The physiotherapy articles behind DeskCoach suggest a desk reset every 30-45 minutes: 10 slow breaths, reaching up and to the sides.</source>
            <comment>dose_basis</comment>
            <translation>Die Physiotherapie-Artikel hinter DeskCoach schlagen alle 30-45 Minuten eine kurze Pause am Schreibtisch vor: 10 langsame Atemzüge, nach oben und zur Seite gestreckt.</translation>
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[0]</comment>
            <translation>Schmerzende Schulter? Heb einen Arm nach dem anderen oder bleib tiefer, wo es noch leichtfällt.</translation>
        </message>
        <message>
            <source>Stand tall, feet hip-width apart, and let your ribs settle down.</source>
            <comment>steps[0].text</comment>
            <translation>Stell dich aufrecht hin, Füße hüftbreit, und lass die Rippen sinken.</translation>
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your sides.</source>
            <comment>steps[1].text</comment>
            <translation>Atme ein und streck beide Arme nach oben; atme aus und senk sie seitlich ab.</translation>
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation>Atme ein und streck dich nach oben und zur linken Seite; atme aus und senk die Arme.</translation>
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation>Streck dich jetzt genauso nach oben und zur rechten Seite, die Arme zwischendurch senken.</translation>
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>6 langsame Atemzüge</translation>
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Atemzüge; streck dich nur so hoch, wie es leichtfällt.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation>10 langsame Atemzüge mit Armsenken</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>13 langsame Atemzüge</translation>
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Atemzüge, dazu eine sanfte Neigung zu jeder Seite.</translation>
        </message>
    </context>
    <context>
        <name>exercise:palming</name>
        <message>
            <source>Palming</source>
            <comment>name</comment>
            <translation>Palmieren</translation>
        </message>
        <message>
            <source>Warm, cupped hands shut out the light and give your eyes a short rest.</source>
            <comment>summary</comment>
            <translation>Warme, gewölbte Hände halten das Licht ab und gönnen den Augen eine kurze Pause.</translation>
        </message>
        <message>
            <source>25 s</source>
            <comment>dose</comment>
            <translation>25 s</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 20-30 s.</translation>
        </message>
        <message>
            <source>Rest your hands on the bones around your eyes; no pressure on the eyes.</source>
            <comment>cautions[0]</comment>
            <translation>Leg die Hände auf die Knochen rund um die Augen; kein Druck auf die Augen.</translation>
        </message>
        <message>
            <source>Skip this if you have had eye surgery recently.</source>
            <comment>avoid_if[0]</comment>
            <translation>Lass diese Übung aus, wenn du vor Kurzem eine Augenoperation hattest.</translation>
        </message>
        <message>
            <source>Rub your palms together briskly until they feel warm.</source>
            <comment>steps[0].text</comment>
            <translation>Reib die Handflächen kräftig aneinander, bis sie warm sind.</translation>
        </message>
        <message>
            <source>Close your eyes and cup your hands over them, fingers on your forehead. Rest.</source>
            <comment>steps[1].text</comment>
            <translation>Schließ die Augen und leg die gewölbten Hände darüber, Finger auf der Stirn. Ruh dich aus.</translation>
        </message>
        <message>
            <source>15 s</source>
            <comment>levels[0].dose</comment>
            <translation>15 s</translation>
        </message>
        <message>
            <source>A shorter rest with the palms cupped over the eyes.</source>
            <comment>levels[0].how</comment>
            <translation>Eine kürzere Ruhepause mit den gewölbten Händen über den Augen.</translation>
        </message>
        <message>
            <source>25 s</source>
            <comment>levels[1].dose</comment>
            <translation>25 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>40 s</source>
            <comment>levels[2].dose</comment>
            <translation>40 s</translation>
        </message>
        <message>
            <source>A longer rest, breathing slowly.</source>
            <comment>levels[2].how</comment>
            <translation>Eine längere Ruhepause, dabei langsam atmen.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-ab-brace</name>
        <message>
            <source>Seated belly brace</source>
            <comment>name</comment>
            <translation>Bauchspannung im Sitzen</translation>
        </message>
        <message>
            <source>Wakes up the deep belly muscles that support your lower back while you sit.</source>
            <comment>summary</comment>
            <translation>Weckt die tiefen Bauchmuskeln, die im Sitzen den unteren Rücken stützen.</translation>
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>dose</comment>
            <translation>8-mal anspannen, je 5 s</translation>
        </message>
        <message>
            <source>Keep breathing while you brace; never hold your breath.</source>
            <comment>cautions[0]</comment>
            <translation>Atme weiter, während du anspannst; halte nie den Atem an.</translation>
        </message>
        <message>
            <source>Sit tall, feet flat, and rest both hands on your belly.</source>
            <comment>steps[0].text</comment>
            <translation>Setz dich aufrecht hin, Füße flach am Boden, und leg beide Hände auf den Bauch.</translation>
        </message>
        <message>
            <source>Breathe out and firm your belly as if for a light poke, ribs down. Hold 5 s. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Atme aus und spann den Bauch an wie für einen leichten Stups, Rippen nach unten. 5 s halten. 8-mal.</translation>
        </message>
        <message>
            <source>5 braces, 3 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5-mal anspannen, je 3 s</translation>
        </message>
        <message>
            <source>Fewer, lighter braces; keep breathing throughout.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger und leichter anspannen; dabei durchgehend weiteratmen.</translation>
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8-mal anspannen, je 5 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>10 braces, 8 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10-mal anspannen, je 8 s</translation>
        </message>
        <message>
            <source>More braces held longer, still breathing normally.</source>
            <comment>levels[2].how</comment>
            <translation>Öfter und länger anspannen, dabei normal weiteratmen.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-back-extension</name>
        <message>
            <source>Seated back bend</source>
            <comment>name</comment>
            <translation>Rückbeuge im Sitzen</translation>
        </message>
        <message>
            <source>Lift your chest at the edge of your chair to come out of a slumped curve.</source>
            <comment>summary</comment>
            <translation>Heb an der Stuhlkante die Brust, um aus der zusammengesunkenen Haltung herauszukommen.</translation>
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>dose</comment>
            <translation>8-mal die Brust heben</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5-10, as for the standing back extension.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 5-10, wie bei der Rückbeuge im Stehen.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Nimm einen Stuhl, der nicht wegrollen kann: ohne Rollen oder mit feststellbaren Rollen.</translation>
        </message>
        <message>
            <source>Move gently, and only as far as feels easy.</source>
            <comment>cautions[1]</comment>
            <translation>Beweg dich sanft und nur so weit, wie es leichtfällt.</translation>
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>Lass diese Übung aus, wenn Schmerzen, Taubheit oder Kribbeln ins Bein ausstrahlen.</translation>
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation>Lass diese Übung aus, wenn du eine Spinalkanalstenose oder ein Wirbelgleiten hast.</translation>
        </message>
        <message>
            <source>Sit on the front edge of your chair, feet flat, hands on your lower back.</source>
            <comment>steps[0].text</comment>
            <translation>Setz dich auf die vordere Stuhlkante, Füße flach, Hände am unteren Rücken.</translation>
        </message>
        <message>
            <source>Lift your chest up and forward so your lower back arches a little. Ease off. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Heb die Brust nach oben und vorn, sodass sich der untere Rücken leicht wölbt. Lösen. 8-mal.</translation>
        </message>
        <message>
            <source>5 chest lifts</source>
            <comment>levels[0].dose</comment>
            <translation>5-mal die Brust heben</translation>
        </message>
        <message>
            <source>Fewer lifts, moving only a little.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Wiederholungen, nur eine kleine Bewegung.</translation>
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>levels[1].dose</comment>
            <translation>8-mal die Brust heben</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>10 chest lifts, 2 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10-mal die Brust heben, je 2 s</translation>
        </message>
        <message>
            <source>More lifts with a short pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Wiederholungen, oben kurz innehalten.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-chest-opener</name>
        <message>
            <source>Seated chest opener</source>
            <comment>name</comment>
            <translation>Brustöffner im Sitzen</translation>
        </message>
        <message>
            <source>Draw your elbows wide and back to open the chest, right from your chair.</source>
            <comment>summary</comment>
            <translation>Zieh die Ellbogen weit nach außen und hinten, um die Brust zu öffnen – direkt auf dem Stuhl.</translation>
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>dose</comment>
            <translation>8-mal öffnen, je 3 s</translation>
        </message>
        <message>
            <source>Rest your hands lightly; never pull on your head or neck.</source>
            <comment>cautions[0]</comment>
            <translation>Leg die Hände nur leicht an; zieh nie am Kopf oder Nacken.</translation>
        </message>
        <message>
            <source>Sit tall and rest your fingertips behind your head, elbows in front.</source>
            <comment>steps[0].text</comment>
            <translation>Setz dich aufrecht hin und leg die Fingerspitzen hinter den Kopf, Ellbogen vorn.</translation>
        </message>
        <message>
            <source>Breathe in and draw your elbows wide and back. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Atme ein und zieh die Ellbogen weit nach außen und hinten. 3 s halten, dann lösen. 8-mal.</translation>
        </message>
        <message>
            <source>5 openings, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5-mal öffnen, je 2 s</translation>
        </message>
        <message>
            <source>Fewer openings with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Wiederholungen, kürzer halten.</translation>
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8-mal öffnen, je 3 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>10 openings, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10-mal öffnen, je 5 s</translation>
        </message>
        <message>
            <source>More openings with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Wiederholungen, länger halten.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-forward-fold</name>
        <message>
            <source>Seated forward fold</source>
            <comment>name</comment>
            <translation>Vorbeuge im Sitzen</translation>
        </message>
        <message>
            <source>Let your back round forward and hang loose for a few slow breaths.</source>
            <comment>summary</comment>
            <translation>Lass den Rücken nach vorn rund werden und ein paar langsame Atemzüge lang locker hängen.</translation>
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>dose</comment>
            <translation>3 langsame Atemzüge, vorgebeugt</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Nimm einen Stuhl, der nicht wegrollen kann: ohne Rollen oder mit feststellbaren Rollen.</translation>
        </message>
        <message>
            <source>Come up slowly; light-headed when you sit up? Pause before you carry on.</source>
            <comment>cautions[1]</comment>
            <translation>Komm langsam hoch; schwindelig beim Aufrichten? Warte kurz, bevor du weitermachst.</translation>
        </message>
        <message>
            <source>Skip this if bending forward makes back or leg pain worse.</source>
            <comment>avoid_if[0]</comment>
            <translation>Lass diese Übung aus, wenn Vorbeugen Rücken- oder Beinschmerzen verstärkt.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat and wide apart.</source>
            <comment>steps[0].text</comment>
            <translation>Setz dich vorn auf den Sitz, Füße flach und weit auseinander.</translation>
        </message>
        <message>
            <source>Let your chest fold down toward your knees, arms and head hanging loose.</source>
            <comment>steps[1].text</comment>
            <translation>Lass die Brust Richtung Knie sinken, Arme und Kopf hängen locker.</translation>
        </message>
        <message>
            <source>Stay folded for 3 slow breaths, then roll up slowly, head last.</source>
            <comment>steps[2].text</comment>
            <translation>Bleib 3 langsame Atemzüge lang vorgebeugt, roll dich dann langsam auf, der Kopf kommt zuletzt.</translation>
        </message>
        <message>
            <source>2 slow breaths, folded</source>
            <comment>levels[0].dose</comment>
            <translation>2 langsame Atemzüge, vorgebeugt</translation>
        </message>
        <message>
            <source>A smaller fold, hands on the knees.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger weit vorbeugen, Hände auf den Knien.</translation>
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>levels[1].dose</comment>
            <translation>3 langsame Atemzüge, vorgebeugt</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>5 slow breaths, folded</source>
            <comment>levels[2].dose</comment>
            <translation>5 langsame Atemzüge, vorgebeugt</translation>
        </message>
        <message>
            <source>Stay folded for more breaths.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Atemzüge lang vorgebeugt bleiben.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hamstring-stretch</name>
        <message>
            <source>Seated hamstring stretch</source>
            <comment>name</comment>
            <translation>Dehnung der Oberschenkelrückseite im Sitzen</translation>
        </message>
        <message>
            <source>Eases the backs of the thighs, which shorten when you sit all day.</source>
            <comment>summary</comment>
            <translation>Entspannt die Rückseite der Oberschenkel, die sich verkürzt, wenn du den ganzen Tag sitzt.</translation>
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>dose</comment>
            <translation>20 s pro Bein</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Nimm einen Stuhl, der nicht wegrollen kann: ohne Rollen oder mit feststellbaren Rollen.</translation>
        </message>
        <message>
            <source>Lean from the hips with a long back; no bouncing, no reaching for the toes.</source>
            <comment>cautions[1]</comment>
            <translation>Beug dich mit langem Rücken aus der Hüfte vor; nicht wippen, nicht nach den Zehen greifen.</translation>
        </message>
        <message>
            <source>It brings on pain, numbness or tingling down the leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>Die Dehnung löst Schmerzen, Taubheit oder Kribbeln im Bein aus.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat. Stretch your right leg out, heel down, toes up.</source>
            <comment>steps[0].text</comment>
            <translation>Setz dich vorn auf den Sitz. Streck das rechte Bein aus, Ferse am Boden, Zehen nach oben.</translation>
        </message>
        <message>
            <source>Sit tall and lean forward from your hips until the back of the thigh eases. Hold 20 s.</source>
            <comment>steps[1].text</comment>
            <translation>Setz dich aufrecht hin und beug dich aus der Hüfte vor, bis die Oberschenkelrückseite nachgibt. 20 s halten.</translation>
        </message>
        <message>
            <source>Sit up slowly, switch legs and hold the other side the same way.</source>
            <comment>steps[2].text</comment>
            <translation>Richte dich langsam auf, wechsle das Bein und halte die andere Seite genauso.</translation>
        </message>
        <message>
            <source>15 s each leg</source>
            <comment>levels[0].dose</comment>
            <translation>15 s pro Bein</translation>
        </message>
        <message>
            <source>A shorter hold with the knee a little bent.</source>
            <comment>levels[0].how</comment>
            <translation>Kürzer halten, das Knie leicht gebeugt.</translation>
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>levels[1].dose</comment>
            <translation>20 s pro Bein</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>about 40 s each leg</source>
            <comment>levels[2].dose</comment>
            <translation>etwa 40 s pro Bein</translation>
        </message>
        <message>
            <source>Longer holds on each leg, sitting tall.</source>
            <comment>levels[2].how</comment>
            <translation>Pro Bein länger halten, aufrecht sitzen.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-heel-raises</name>
        <message>
            <source>Seated heel raises</source>
            <comment>name</comment>
            <translation>Fersenheben im Sitzen</translation>
        </message>
        <message>
            <source>Works your calves and keeps the blood moving in your legs without leaving the chair.</source>
            <comment>summary</comment>
            <translation>Kräftigt die Waden und hält das Blut in den Beinen in Bewegung, ohne dass du aufstehen musst.</translation>
        </message>
        <message>
            <source>15 raises</source>
            <comment>dose</comment>
            <translation>15-mal heben</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10-15, as for calf raises.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 10-15, wie beim Wadenheben.</translation>
        </message>
        <message>
            <source>Sit tall with your feet flat and your knees above your ankles.</source>
            <comment>steps[0].text</comment>
            <translation>Setz dich aufrecht hin, Füße flach, die Knie über den Knöcheln.</translation>
        </message>
        <message>
            <source>Lift both heels as high as you can, then lower them slowly. 15 times.</source>
            <comment>steps[1].text</comment>
            <translation>Heb beide Fersen so hoch wie möglich und senk sie dann langsam ab. 15-mal.</translation>
        </message>
        <message>
            <source>10 raises</source>
            <comment>levels[0].dose</comment>
            <translation>10-mal heben</translation>
        </message>
        <message>
            <source>Fewer raises.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Wiederholungen.</translation>
        </message>
        <message>
            <source>15 raises</source>
            <comment>levels[1].dose</comment>
            <translation>15-mal heben</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>20 raises, 2 s holds</source>
            <comment>levels[2].dose</comment>
            <translation>20-mal heben, je 2 s halten</translation>
        </message>
        <message>
            <source>More raises with a pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Wiederholungen, oben kurz innehalten.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-flexor-stretch</name>
        <message>
            <source>Seated hip-flexor stretch</source>
            <comment>name</comment>
            <translation>Hüftbeuger-Dehnung im Sitzen</translation>
        </message>
        <message>
            <source>The hip-flexor stretch sideways on a chair without wheels, one leg sliding back.</source>
            <comment>summary</comment>
            <translation>Die Hüftbeuger-Dehnung seitlich auf einem Stuhl ohne Rollen, ein Bein gleitet nach hinten.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation>25 s pro Seite</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 20-30 s pro Seite.</translation>
        </message>
        <message>
            <source>Only on a chair without wheels that cannot tip; keep one hand on its backrest.</source>
            <comment>cautions[0]</comment>
            <translation>Nur auf einem Stuhl ohne Rollen, der nicht kippen kann; eine Hand bleibt an der Rückenlehne.</translation>
        </message>
        <message>
            <source>Your chair has castors: do the standing hip-flexor stretch, one hand on the desk.</source>
            <comment>avoid_if[0]</comment>
            <translation>Dein Stuhl hat Rollen: Mach die Hüftbeuger-Dehnung im Stehen, eine Hand auf dem Schreibtisch.</translation>
        </message>
        <message>
            <source>Sit sideways near the edge of a chair without wheels, one hand on its backrest.</source>
            <comment>steps[0].text</comment>
            <translation>Setz dich seitlich an die Kante eines Stuhls ohne Rollen, eine Hand an der Rückenlehne.</translation>
        </message>
        <message>
            <source>Slide your outer leg back, knee pointing down, sit tall and tuck your tailbone. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Schieb das äußere Bein nach hinten, Knie zeigt nach unten, sitz aufrecht und roll das Becken ein. Halten.</translation>
        </message>
        <message>
            <source>Turn to face the other way and stretch the other leg.</source>
            <comment>steps[2].text</comment>
            <translation>Dreh dich zur anderen Seite und dehne das andere Bein.</translation>
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>15 s pro Seite</translation>
        </message>
        <message>
            <source>Shorter holds with the leg slid back less far.</source>
            <comment>levels[0].how</comment>
            <translation>Kürzer halten, das Bein weniger weit nach hinten schieben.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>25 s pro Seite</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>30 s pro Seite</translation>
        </message>
        <message>
            <source>Longer holds, sitting a little taller.</source>
            <comment>levels[2].how</comment>
            <translation>Länger halten, etwas aufrechter sitzen.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-hinge</name>
        <message>
            <source>Seated hip hinge</source>
            <comment>name</comment>
            <translation>Vorbeuge aus der Hüfte im Sitzen</translation>
        </message>
        <message>
            <source>Lean forward from the hips with a long back, right from the edge of your chair.</source>
            <comment>summary</comment>
            <translation>Beug dich mit langem Rücken aus der Hüfte vor – direkt von der Stuhlkante aus.</translation>
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>dose</comment>
            <translation>8 langsame Vorbeugen</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10, as for the standing hinge.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 8-10, wie bei der Vorbeuge aus der Hüfte im Stehen.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Nimm einen Stuhl, der nicht wegrollen kann: ohne Rollen oder mit feststellbaren Rollen.</translation>
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation>Hör auf, wenn du Schmerzen, Taubheit oder Kribbeln spürst, die ins Bein ziehen.</translation>
        </message>
        <message>
            <source>Sit near the front edge, feet flat and apart, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation>Setz dich vorn an die Kante, Füße flach und auseinander, die Hände auf den Oberschenkeln.</translation>
        </message>
        <message>
            <source>Lean forward from your hips, head, upper back and tailbone in one line. Sit tall. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Beug dich aus der Hüfte vor, Kopf, oberer Rücken und Steißbein in einer Linie. Aufrichten. 8-mal.</translation>
        </message>
        <message>
            <source>5 slow leans</source>
            <comment>levels[0].dose</comment>
            <translation>5 langsame Vorbeugen</translation>
        </message>
        <message>
            <source>Fewer, smaller leans from the hips.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger und kleinere Vorbeugen aus der Hüfte.</translation>
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>levels[1].dose</comment>
            <translation>8 langsame Vorbeugen</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>12 slow leans</source>
            <comment>levels[2].dose</comment>
            <translation>12 langsame Vorbeugen</translation>
        </message>
        <message>
            <source>More leans with a slower return.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Vorbeugen, langsamer wieder aufrichten.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-march</name>
        <message>
            <source>Seated march</source>
            <comment>name</comment>
            <translation>Marschieren im Sitzen</translation>
        </message>
        <message>
            <source>Marching in your chair gets the legs and blood moving when you can't step away.</source>
            <comment>summary</comment>
            <translation>Marschieren auf dem Stuhl bringt Beine und Kreislauf in Schwung, wenn du nicht wegkannst.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>dose</comment>
            <translation>etwa 1 Minute</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: about 60 s of marching in place of a walk.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: etwa 60 s Marschieren anstelle eines Spaziergangs.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Nimm einen Stuhl, der nicht wegrollen kann: ohne Rollen oder mit feststellbaren Rollen.</translation>
        </message>
        <message>
            <source>Sit tall near the front of your seat and hold its sides lightly.</source>
            <comment>steps[0].text</comment>
            <translation>Setz dich aufrecht vorn auf den Sitz und halt dich leicht an den Seiten fest.</translation>
        </message>
        <message>
            <source>Lift one knee, then the other, in an easy marching rhythm.</source>
            <comment>steps[1].text</comment>
            <translation>Heb erst ein Knie, dann das andere, in einem lockeren Marschrhythmus.</translation>
        </message>
        <message>
            <source>Keep marching, a little quicker, for the last few seconds.</source>
            <comment>steps[2].text</comment>
            <translation>Marschier weiter, in den letzten Sekunden etwas schneller.</translation>
        </message>
        <message>
            <source>about 30 seconds</source>
            <comment>levels[0].dose</comment>
            <translation>etwa 30 Sekunden</translation>
        </message>
        <message>
            <source>A shorter march, lifting the knees only a little.</source>
            <comment>levels[0].how</comment>
            <translation>Kürzer marschieren, die Knie nur wenig anheben.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[1].dose</comment>
            <translation>etwa 1 Minute</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>about 90 seconds</source>
            <comment>levels[2].dose</comment>
            <translation>etwa 90 Sekunden</translation>
        </message>
        <message>
            <source>A longer march, lifting the knees higher.</source>
            <comment>levels[2].how</comment>
            <translation>Länger marschieren, die Knie höher anheben.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-overhead-reach</name>
        <message>
            <source>Seated overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation>Strecken nach oben im Sitzen mit langsamem Atmen</translation>
        </message>
        <message>
            <source>The overhead reach from your chair: tall through the sides, breathing slow.</source>
            <comment>summary</comment>
            <translation>Das Strecken nach oben auf dem Stuhl: lang über die Flanken, ruhig atmen.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation>10 langsame Atemzüge mit Armsenken</translation>
        </message>
        <message>
            <source>The physiotherapy articles behind DeskCoach suggest a desk reset every 30-45 minutes: 10 slow breaths, reaching up and to the sides.</source>
            <comment>dose_basis</comment>
            <translation>Die Physiotherapie-Artikel hinter DeskCoach schlagen alle 30-45 Minuten eine kurze Pause am Schreibtisch vor: 10 langsame Atemzüge, nach oben und zur Seite gestreckt.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Nimm einen Stuhl, der nicht wegrollen kann: ohne Rollen oder mit feststellbaren Rollen.</translation>
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[1]</comment>
            <translation>Schmerzende Schulter? Heb einen Arm nach dem anderen oder bleib tiefer, wo es noch leichtfällt.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat, back away from the backrest.</source>
            <comment>steps[0].text</comment>
            <translation>Setz dich vorn auf den Sitz, Füße flach, den Rücken weg von der Lehne.</translation>
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your sides.</source>
            <comment>steps[1].text</comment>
            <translation>Atme ein und streck beide Arme nach oben; atme aus und senk sie seitlich ab.</translation>
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation>Atme ein und streck dich nach oben und zur linken Seite; atme aus und senk die Arme.</translation>
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation>Streck dich jetzt genauso nach oben und zur rechten Seite, die Arme zwischendurch senken.</translation>
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>6 langsame Atemzüge</translation>
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Atemzüge; streck dich nur so hoch, wie es leichtfällt.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation>10 langsame Atemzüge mit Armsenken</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>13 langsame Atemzüge</translation>
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Atemzüge, dazu eine sanfte Neigung zu jeder Seite.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-thoracic-rotation</name>
        <message>
            <source>Seated upper-back twist</source>
            <comment>name</comment>
            <translation>Oberkörperdrehung im Sitzen</translation>
        </message>
        <message>
            <source>Turns the upper back gently both ways from your chair, hips staying put.</source>
            <comment>summary</comment>
            <translation>Dreht den oberen Rücken sanft in beide Richtungen, auf dem Stuhl, die Hüfte bleibt ruhig.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation>5-mal pro Richtung</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 turns each way.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 5-mal pro Richtung.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Nimm einen Stuhl, der nicht wegrollen kann: ohne Rollen oder mit feststellbaren Rollen.</translation>
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[1]</comment>
            <translation>Meldet sich der Rücken? Dreh nur wenig und langsam.</translation>
        </message>
        <message>
            <source>Sit tall near the front of your seat, feet flat, arms crossed on your chest.</source>
            <comment>steps[0].text</comment>
            <translation>Setz dich aufrecht vorn auf den Sitz, Füße flach, Arme vor der Brust verschränkt.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Atme aus und dreh die Brust nach links, der Blick führt. Zurückkommen. 5-mal.</translation>
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, knees pointing ahead.</source>
            <comment>steps[2].text</comment>
            <translation>Dreh dich jetzt genauso nach rechts, 5-mal, die Knie zeigen nach vorn.</translation>
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation>3-mal pro Richtung</translation>
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger und kleinere Drehungen.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation>5-mal pro Richtung</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation>7-mal pro Richtung</translation>
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Drehungen, beim Drehen ausatmen.</translation>
        </message>
    </context>
    <context>
        <name>exercise:short-walk</name>
        <message>
            <source>Short walk</source>
            <comment>name</comment>
            <translation>Kurzer Spaziergang</translation>
        </message>
        <message>
            <source>Two minutes on your feet, the simplest way to get the blood moving again.</source>
            <comment>summary</comment>
            <translation>Zwei Minuten auf den Beinen – der einfachste Weg, den Kreislauf wieder in Schwung zu bringen.</translation>
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>dose</comment>
            <translation>etwa 2 Minuten</translation>
        </message>
        <message>
            <source>About 2 minutes of light walking, as in the sitting study cited; the guides give 1-5 minutes.</source>
            <comment>dose_basis</comment>
            <translation>Etwa 2 Minuten lockeres Gehen, wie in der angeführten Studie zum langen Sitzen; die Anleitungen nennen 1-5 Minuten.</translation>
        </message>
        <message>
            <source>Walking hard for you today? The seated march is a good swap.</source>
            <comment>cautions[0]</comment>
            <translation>Fällt dir Gehen heute schwer? Marschieren im Sitzen ist ein guter Ersatz.</translation>
        </message>
        <message>
            <source>Stand up, stretch tall and set off at an easy pace.</source>
            <comment>steps[0].text</comment>
            <translation>Steh auf, streck dich und geh in gemütlichem Tempo los.</translation>
        </message>
        <message>
            <source>Walk for about two minutes: refill your water, take the long way, or climb a flight.</source>
            <comment>steps[1].text</comment>
            <translation>Geh etwa zwei Minuten: Wasser auffüllen, einen Umweg nehmen oder eine Treppe steigen.</translation>
        </message>
        <message>
            <source>Stroll back, roll your shoulders and settle in.</source>
            <comment>steps[2].text</comment>
            <translation>Schlendere zurück, kreise die Schultern und komm wieder an.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[0].dose</comment>
            <translation>etwa 1 Minute</translation>
        </message>
        <message>
            <source>A shorter walk at an easy pace.</source>
            <comment>levels[0].how</comment>
            <translation>Ein kürzerer Spaziergang in gemütlichem Tempo.</translation>
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>levels[1].dose</comment>
            <translation>etwa 2 Minuten</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>about 3 minutes</source>
            <comment>levels[2].dose</comment>
            <translation>etwa 3 Minuten</translation>
        </message>
        <message>
            <source>A longer walk, or take the stairs.</source>
            <comment>levels[2].how</comment>
            <translation>Ein längerer Spaziergang, oder nimm die Treppe.</translation>
        </message>
    </context>
    <context>
        <name>exercise:shoulder-blade-squeeze</name>
        <message>
            <source>Shoulder-blade squeezes</source>
            <comment>name</comment>
            <translation>Schulterblätter zusammenziehen</translation>
        </message>
        <message>
            <source>Wakes up the muscles between your shoulder blades and opens a rounded posture.</source>
            <comment>summary</comment>
            <translation>Weckt die Muskeln zwischen den Schulterblättern und öffnet eine runde Haltung.</translation>
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>dose</comment>
            <translation>10-mal, je 3 s</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 squeezes held 3-5 s.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 10-mal, je 3-5 s halten.</translation>
        </message>
        <message>
            <source>Keep your shoulders away from your ears; no shrugging.</source>
            <comment>cautions[0]</comment>
            <translation>Halte die Schultern weg von den Ohren; nicht hochziehen.</translation>
        </message>
        <message>
            <source>Sit or stand tall, elbows bent at your sides, hands in front of you.</source>
            <comment>steps[0].text</comment>
            <translation>Setz oder stell dich aufrecht hin, Ellbogen gebeugt an den Seiten, Hände vor dem Körper.</translation>
        </message>
        <message>
            <source>Draw your shoulder blades back and down. Hold 3 s, then let go. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Zieh die Schulterblätter nach hinten und unten. 3 s halten, dann lösen. 10-mal.</translation>
        </message>
        <message>
            <source>6 squeezes, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>6-mal, je 2 s</translation>
        </message>
        <message>
            <source>Fewer, gentler squeezes.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger und sanftere Wiederholungen.</translation>
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>10-mal, je 3 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>12 squeezes, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>12-mal, je 5 s</translation>
        </message>
        <message>
            <source>More squeezes with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Wiederholungen, länger halten.</translation>
        </message>
    </context>
    <context>
        <name>exercise:shoulder-rolls</name>
        <message>
            <source>Shoulder rolls</source>
            <comment>name</comment>
            <translation>Schulterkreisen</translation>
        </message>
        <message>
            <source>Big, slow circles that loosen shoulders held still over the keyboard.</source>
            <comment>summary</comment>
            <translation>Große, langsame Kreise lockern Schultern, die über der Tastatur stillgehalten haben.</translation>
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>dose</comment>
            <translation>5-mal in jede Richtung</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 rolls each way.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 5-mal in jede Richtung.</translation>
        </message>
        <message>
            <source>Sit or stand tall and let your shoulders settle.</source>
            <comment>steps[0].text</comment>
            <translation>Setz oder stell dich aufrecht hin und lass die Schultern sinken.</translation>
        </message>
        <message>
            <source>Roll your shoulders up, back and down in slow, big circles. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Kreise die Schultern nach oben, hinten und unten, in langsamen, großen Kreisen. 5-mal.</translation>
        </message>
        <message>
            <source>Now roll them the other way: up, forward and down. 5 times.</source>
            <comment>steps[2].text</comment>
            <translation>Kreise sie jetzt andersherum: nach oben, vorn und unten. 5-mal.</translation>
        </message>
        <message>
            <source>3 rolls each way</source>
            <comment>levels[0].dose</comment>
            <translation>3-mal in jede Richtung</translation>
        </message>
        <message>
            <source>Fewer, smaller rolls.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger und kleinere Kreise.</translation>
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>levels[1].dose</comment>
            <translation>5-mal in jede Richtung</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>8 rolls each way</source>
            <comment>levels[2].dose</comment>
            <translation>8-mal in jede Richtung</translation>
        </message>
        <message>
            <source>More rolls, slow and as large as is comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Kreise, langsam und so groß, wie es angenehm ist.</translation>
        </message>
    </context>
    <context>
        <name>exercise:sit-to-stand</name>
        <message>
            <source>Sit to stand</source>
            <comment>name</comment>
            <translation>Aufstehen und Hinsetzen</translation>
        </message>
        <message>
            <source>From a steady chair, stand up and sit down without your hands, for strong legs.</source>
            <comment>summary</comment>
            <translation>Von einem stabilen Stuhl ohne Hände aufstehen und wieder hinsetzen – für kräftige Beine.</translation>
        </message>
        <message>
            <source>8 stands</source>
            <comment>dose</comment>
            <translation>8-mal aufstehen</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 stands.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 8-10-mal aufstehen.</translation>
        </message>
        <message>
            <source>Knees complain? Use a higher seat or a cushion, and go slower.</source>
            <comment>cautions[0]</comment>
            <translation>Beschwerden in den Knien? Nimm einen höheren Sitz oder ein Kissen und mach langsamer.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[1]</comment>
            <translation>Nimm einen Stuhl, der nicht wegrollen kann: ohne Rollen oder mit feststellbaren Rollen.</translation>
        </message>
        <message>
            <source>Standing up without your hands is not safe for you today.</source>
            <comment>avoid_if[0]</comment>
            <translation>Ohne Hände aufzustehen ist für dich heute nicht sicher.</translation>
        </message>
        <message>
            <source>Sit near the front of a steady chair, feet hip-width apart and a little back.</source>
            <comment>steps[0].text</comment>
            <translation>Setz dich vorn auf einen stabilen Stuhl, Füße hüftbreit und etwas zurückgesetzt.</translation>
        </message>
        <message>
            <source>Lean forward and stand up tall without using your hands; sit down slowly. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Lehn dich vor und steh ohne Hilfe der Hände ganz auf; setz dich langsam wieder hin. 8-mal.</translation>
        </message>
        <message>
            <source>5 stands, hands on the thighs</source>
            <comment>levels[0].dose</comment>
            <translation>5-mal aufstehen, Hände auf Oberschenkeln</translation>
        </message>
        <message>
            <source>Fewer stands, pushing up with the hands.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Wiederholungen, mit den Händen abstützen.</translation>
        </message>
        <message>
            <source>8 stands</source>
            <comment>levels[1].dose</comment>
            <translation>8-mal aufstehen</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>12 stands, 3 s to sit</source>
            <comment>levels[2].dose</comment>
            <translation>12-mal aufstehen, 3 s zum Hinsetzen</translation>
        </message>
        <message>
            <source>More stands, lowering slowly over three seconds.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Wiederholungen, über drei Sekunden langsam hinsetzen.</translation>
        </message>
    </context>
    <context>
        <name>exercise:tendon-glides</name>
        <message>
            <source>Tendon glides</source>
            <comment>name</comment>
            <translation>Sehnengleiten</translation>
        </message>
        <message>
            <source>A run of hand shapes that moves every finger joint through its full range.</source>
            <comment>summary</comment>
            <translation>Eine Folge von Handformen, die jedes Fingergelenk durch seinen vollen Bewegungsumfang führt.</translation>
        </message>
        <message>
            <source>5 rounds</source>
            <comment>dose</comment>
            <translation>5 Durchgänge</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 rounds.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 5 Durchgänge.</translation>
        </message>
        <message>
            <source>Joints sore from arthritis? Move gently, only as far as is comfortable.</source>
            <comment>cautions[0]</comment>
            <translation>Gelenke schmerzen wegen Arthrose? Beweg sie sanft und nur so weit, wie es angenehm ist.</translation>
        </message>
        <message>
            <source>Hold one or both hands up, fingers straight and together.</source>
            <comment>steps[0].text</comment>
            <translation>Heb eine oder beide Hände, die Finger gestreckt und geschlossen.</translation>
        </message>
        <message>
            <source>Bend the top two finger joints into a hook, big knuckles staying straight.</source>
            <comment>steps[1].text</comment>
            <translation>Beug die oberen zwei Fingergelenke zu einem Haken, die Fingergrundgelenke bleiben gestreckt.</translation>
        </message>
        <message>
            <source>Curl into a soft full fist, then open flat. Go through all 3 shapes 5 times.</source>
            <comment>steps[2].text</comment>
            <translation>Mach eine lockere, volle Faust und öffne die Hand dann flach. Alle 3 Formen 5-mal durchgehen.</translation>
        </message>
        <message>
            <source>Spread your fingers wide, hold 3 s and relax. 5 times.</source>
            <comment>steps[3].text</comment>
            <translation>Spreiz die Finger weit, 3 s halten und lösen. 5-mal.</translation>
        </message>
        <message>
            <source>3 rounds</source>
            <comment>levels[0].dose</comment>
            <translation>3 Durchgänge</translation>
        </message>
        <message>
            <source>Fewer rounds, moving gently.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Durchgänge, sanft bewegen.</translation>
        </message>
        <message>
            <source>5 rounds</source>
            <comment>levels[1].dose</comment>
            <translation>5 Durchgänge</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>8 rounds</source>
            <comment>levels[2].dose</comment>
            <translation>8 Durchgänge</translation>
        </message>
        <message>
            <source>More rounds, holding each position for a moment.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Durchgänge, jede Position einen Moment halten.</translation>
        </message>
    </context>
    <context>
        <name>exercise:thoracic-rotation</name>
        <message>
            <source>Standing upper-back twist</source>
            <comment>name</comment>
            <translation>Oberkörperdrehung im Stehen</translation>
        </message>
        <message>
            <source>Turns the upper back gently both ways to ease the stiffness of facing one screen.</source>
            <comment>summary</comment>
            <translation>Dreht den oberen Rücken sanft in beide Richtungen gegen die Steifheit vom Blick auf nur einen Bildschirm.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation>5-mal pro Richtung</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 turns each way.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 5-mal pro Richtung.</translation>
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[0]</comment>
            <translation>Meldet sich der Rücken? Dreh nur wenig und langsam.</translation>
        </message>
        <message>
            <source>Stand tall and cross your arms over your chest, hands on your shoulders.</source>
            <comment>steps[0].text</comment>
            <translation>Stell dich aufrecht hin und verschränk die Arme vor der Brust, Hände auf den Schultern.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Atme aus und dreh die Brust nach links, der Blick führt. Zurückkommen. 5-mal.</translation>
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, hips facing forward.</source>
            <comment>steps[2].text</comment>
            <translation>Dreh dich jetzt genauso nach rechts, 5-mal, die Hüfte zeigt nach vorn.</translation>
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation>3-mal pro Richtung</translation>
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger und kleinere Drehungen.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation>5-mal pro Richtung</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation>7-mal pro Richtung</translation>
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Drehungen, beim Drehen ausatmen.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wall-angels</name>
        <message>
            <source>Wall angels</source>
            <comment>name</comment>
            <translation>Wandengel</translation>
        </message>
        <message>
            <source>Slide your arms up a wall to open the chest and get the shoulder blades moving.</source>
            <comment>summary</comment>
            <translation>Schieb die Arme an einer Wand nach oben, um die Brust zu öffnen und die Schulterblätter zu bewegen.</translation>
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>dose</comment>
            <translation>8-mal langsam hochschieben</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 6-8 slides.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: 6-8-mal hochschieben.</translation>
        </message>
        <message>
            <source>Slide only as high as you can without pain or your back arching off the wall.</source>
            <comment>cautions[0]</comment>
            <translation>Schieb nur so hoch, wie es ohne Schmerzen geht und ohne dass sich der Rücken von der Wand löst.</translation>
        </message>
        <message>
            <source>Stand with your back, head and bottom against a wall, feet a small step forward.</source>
            <comment>steps[0].text</comment>
            <translation>Stell dich mit Rücken, Kopf und Po an eine Wand, die Füße einen kleinen Schritt davor.</translation>
        </message>
        <message>
            <source>Raise your arms into a W, elbows and backs of the hands touching the wall.</source>
            <comment>steps[1].text</comment>
            <translation>Heb die Arme zu einem W, Ellbogen und Handrücken berühren die Wand.</translation>
        </message>
        <message>
            <source>Slide your arms up into a Y, then back down to the W. 8 times, slowly.</source>
            <comment>steps[2].text</comment>
            <translation>Schieb die Arme nach oben zu einem Y und wieder zurück zum W. 8-mal, langsam.</translation>
        </message>
        <message>
            <source>5 slow slides</source>
            <comment>levels[0].dose</comment>
            <translation>5-mal langsam hochschieben</translation>
        </message>
        <message>
            <source>Fewer slides, arms only to shoulder height.</source>
            <comment>levels[0].how</comment>
            <translation>Weniger Wiederholungen, Arme nur bis Schulterhöhe.</translation>
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>levels[1].dose</comment>
            <translation>8-mal langsam hochschieben</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>10 slow slides</source>
            <comment>levels[2].dose</comment>
            <translation>10-mal langsam hochschieben</translation>
        </message>
        <message>
            <source>More slides, reaching higher if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Mehr Wiederholungen, höher hinauf, solange es angenehm bleibt.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wrist-extensor-stretch</name>
        <message>
            <source>Wrist stretch, back of the forearm</source>
            <comment>name</comment>
            <translation>Handgelenksdehnung, Unterarm-Oberseite</translation>
        </message>
        <message>
            <source>Stretches the top of the forearm, the muscles that hold your hands up to type.</source>
            <comment>summary</comment>
            <translation>Dehnt die Oberseite des Unterarms – die Muskeln, die beim Tippen die Hände oben halten.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation>15 s pro Arm</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: holds of about 15 s.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: etwa 15 s halten.</translation>
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation>Karpaltunnel- oder Sehnenschmerzen flammen auf? Dehne ganz leicht oder lass diese Übung aus.</translation>
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight, palm down.</source>
            <comment>steps[0].text</comment>
            <translation>Streck einen Arm auf Schulterhöhe nach vorn, Ellbogen gestreckt, Handfläche nach unten.</translation>
        </message>
        <message>
            <source>With your other hand, ease the back of the hand down until you feel a mild stretch.</source>
            <comment>steps[1].text</comment>
            <translation>Drück mit der anderen Hand den Handrücken sanft nach unten, bis du eine leichte Dehnung spürst.</translation>
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation>Lass langsam los, wechsle den Arm und dehne die andere Seite 15 s lang.</translation>
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation>10 s pro Arm</translation>
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation>Kürzer und sanfter halten, Ellbogen locker.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation>15 s pro Arm</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation>30 s pro Arm</translation>
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation>Pro Arm länger halten.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wrist-flexor-stretch</name>
        <message>
            <source>Wrist stretch, palm side</source>
            <comment>name</comment>
            <translation>Handgelenksdehnung, Handflächenseite</translation>
        </message>
        <message>
            <source>Stretches the underside of the forearm, which works hard when you grip a mouse.</source>
            <comment>summary</comment>
            <translation>Dehnt die Unterseite des Unterarms, die beim Greifen der Maus viel arbeitet.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation>15 s pro Arm</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: holds of about 15 s.</source>
            <comment>dose_basis</comment>
            <translation>Im Rahmen dessen, was die Übungsanleitungen hinter DeskCoach empfehlen: etwa 15 s halten.</translation>
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation>Karpaltunnel- oder Sehnenschmerzen flammen auf? Dehne ganz leicht oder lass diese Übung aus.</translation>
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight.</source>
            <comment>steps[0].text</comment>
            <translation>Streck einen Arm auf Schulterhöhe nach vorn, Ellbogen gestreckt.</translation>
        </message>
        <message>
            <source>Point the fingers up and use the other hand to ease them back toward you. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Richte die Finger nach oben und zieh sie mit der anderen Hand sanft zu dir. Halten.</translation>
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation>Lass langsam los, wechsle den Arm und dehne die andere Seite 15 s lang.</translation>
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation>10 s pro Arm</translation>
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation>Kürzer und sanfter halten, Ellbogen locker.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation>15 s pro Arm</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>So wie in den Schritten beschrieben.</translation>
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation>30 s pro Arm</translation>
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation>Pro Arm länger halten.</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:chair</name>
        <message>
            <source>Chair</source>
            <comment>title</comment>
            <translation>Stuhl</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:desk</name>
        <message>
            <source>Desk</source>
            <comment>title</comment>
            <translation>Schreibtisch</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:screen</name>
        <message>
            <source>Screen</source>
            <comment>title</comment>
            <translation>Bildschirm</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:keyboard_mouse</name>
        <message>
            <source>Keyboard and mouse</source>
            <comment>title</comment>
            <translation>Tastatur und Maus</translation>
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
            <translation>Licht, Luft und Platz</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:habits</name>
        <message>
            <source>Habits</source>
            <comment>title</comment>
            <translation>Gewohnheiten</translation>
        </message>
    </context>
    <context>
        <name>checklist:C1</name>
        <message>
            <source>Are your feet flat on the floor (or a footrest), with your thighs about level?</source>
            <comment>question</comment>
            <translation>Stehen deine Füße flach auf dem Boden (oder einer Fußstütze), die Oberschenkel etwa waagerecht?</translation>
        </message>
        <message>
            <source>At the right seat height your weight rests evenly and the seat edge doesn't press into your thighs.</source>
            <comment>why</comment>
            <translation>Bei der richtigen Sitzhöhe verteilt sich dein Gewicht gleichmäßig und die Sitzkante drückt nicht in die Oberschenkel.</translation>
        </message>
        <message>
            <source>Raise or lower the seat until your thighs are level; if your feet then dangle, add a footrest or a sturdy box.</source>
            <comment>fix</comment>
            <translation>Stell den Sitz höher oder tiefer, bis die Oberschenkel waagerecht sind; baumeln dann die Füße, nimm eine Fußstütze oder eine stabile Kiste.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C2</name>
        <message>
            <source>Does the backrest fit into the curve of your lower back?</source>
            <comment>question</comment>
            <translation>Passt sich die Rückenlehne der Wölbung deines unteren Rückens an?</translation>
        </message>
        <message>
            <source>With support in the small of your back, sitting upright takes no effort.</source>
            <comment>why</comment>
            <translation>Wird der untere Rücken gestützt, kostet aufrechtes Sitzen keine Mühe.</translation>
        </message>
        <message>
            <source>Move the backrest or its lumbar pad to belt height (15-25 cm above the seat); a rolled towel works too.</source>
            <comment>fix</comment>
            <translation>Stell die Rückenlehne oder ihr Lendenpolster auf Gürtelhöhe (15–25 cm über dem Sitz); ein eingerolltes Handtuch geht auch.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C3</name>
        <message>
            <source>Sitting back, can you fit 2-3 fingers between the seat's front edge and the backs of your knees?</source>
            <comment>question</comment>
            <translation>Passen, wenn du hinten sitzt, 2–3 Finger zwischen die Vorderkante des Sitzes und deine Kniekehlen?</translation>
        </message>
        <message>
            <source>A seat that is too deep presses behind your knees or pushes you forward, away from the backrest.</source>
            <comment>why</comment>
            <translation>Ein zu tiefer Sitz drückt in die Kniekehlen oder schiebt dich nach vorn, weg von der Rückenlehne.</translation>
        </message>
        <message>
            <source>Slide the seat back if it adjusts; if not, put a firm cushion behind your back to bring you forward.</source>
            <comment>fix</comment>
            <translation>Schieb die Sitzfläche nach hinten, wenn sie verstellbar ist; sonst leg ein festes Kissen hinter den Rücken, das dich nach vorn bringt.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C4</name>
        <message>
            <source>Do the armrests let you sit close to the desk with your shoulders relaxed?</source>
            <comment>question</comment>
            <translation>Kannst du mit den Armlehnen nah am Schreibtisch sitzen, die Schultern entspannt?</translation>
        </message>
        <message>
            <source>High armrests hitch your shoulders up, and armrests that bump the desk keep you from sitting close.</source>
            <comment>why</comment>
            <translation>Hohe Armlehnen ziehen die Schultern hoch, und Armlehnen, die an den Schreibtisch stoßen, halten dich auf Abstand.</translation>
        </message>
        <message>
            <source>Lower the armrests or swing them out of the way; if they don't adjust, ask whether they can come off.</source>
            <comment>fix</comment>
            <translation>Stell die Armlehnen tiefer oder schwenk sie zur Seite; sind sie nicht verstellbar, frag, ob sie abgenommen werden können.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C5</name>
        <message>
            <source>Is your chair steady and in good repair, and do you know what each of its levers does?</source>
            <comment>question</comment>
            <translation>Ist dein Stuhl stabil und in gutem Zustand, und weißt du, wofür jeder Hebel ist?</translation>
        </message>
        <message>
            <source>A chair only fits you if it works and you know how to adjust it.</source>
            <comment>why</comment>
            <translation>Ein Stuhl passt nur dann zu dir, wenn er funktioniert und du weißt, wie man ihn einstellt.</translation>
        </message>
        <message>
            <source>Report broken or wobbly parts for repair; ask for a quick demo of the levers, or look up the chair's model.</source>
            <comment>fix</comment>
            <translation>Melde kaputte oder wackelige Teile zur Reparatur; lass dir die Hebel kurz zeigen oder such das Modell des Stuhls heraus.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C6</name>
        <message>
            <source>Do you sit right back in the seat, with the backrest upright or tilted back slightly?</source>
            <comment>question</comment>
            <translation>Sitzt du ganz hinten auf dem Sitz, mit aufrechter oder leicht nach hinten geneigter Rückenlehne?</translation>
        </message>
        <message>
            <source>Leaning on a backrest set a little past upright takes load off your lower back; perching forward takes it all.</source>
            <comment>why</comment>
            <translation>Lehnst du dich an eine etwas nach hinten geneigte Lehne, entlastet das den unteren Rücken; vorn auf der Kante trägt er alles allein.</translation>
        </message>
        <message>
            <source>Slide your hips to the back of the seat and set the backrest just past upright (about 100-110 degrees).</source>
            <comment>fix</comment>
            <translation>Rutsch mit der Hüfte ganz nach hinten und stell die Rückenlehne knapp hinter die Senkrechte (etwa 100–110 Grad).</translation>
        </message>
    </context>
    <context>
        <name>checklist:D1</name>
        <message>
            <source>Is there clear room under the desk for your thighs, knees and feet?</source>
            <comment>question</comment>
            <translation>Ist unter dem Schreibtisch genug freier Platz für Oberschenkel, Knie und Füße?</translation>
        </message>
        <message>
            <source>Boxes or drawers under the desk make you sit twisted or perched away from it.</source>
            <comment>why</comment>
            <translation>Kisten oder Schubladen unter dem Schreibtisch zwingen dich, verdreht oder mit Abstand davor zu sitzen.</translation>
        </message>
        <message>
            <source>Store things elsewhere; if your knees touch the underside, raise the desk, or lower the seat and add a footrest.</source>
            <comment>fix</comment>
            <translation>Lager die Dinge woanders; stoßen die Knie unten an, stell den Schreibtisch höher oder den Sitz tiefer und nimm eine Fußstütze dazu.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D2</name>
        <message>
            <source>Is the desk big enough to lay out your screen, keyboard and papers without squeezing?</source>
            <comment>question</comment>
            <translation>Ist der Schreibtisch groß genug für Bildschirm, Tastatur und Unterlagen, ohne dass es eng wird?</translation>
        </message>
        <message>
            <source>On a crowded desk the screen ends up too close and the keyboard off to one side.</source>
            <comment>why</comment>
            <translation>Auf einem vollen Schreibtisch steht der Bildschirm am Ende zu nah und die Tastatur liegt seitlich.</translation>
        </message>
        <message>
            <source>Clear off what you don't use daily and push the screen further back; ask for a bigger desk if it still won't fit.</source>
            <comment>fix</comment>
            <translation>Räum ab, was du nicht täglich brauchst, und schieb den Bildschirm weiter nach hinten; passt es dann immer noch nicht, frag nach einem größeren Schreibtisch.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D3</name>
        <message>
            <source>Can you reach the things you use often (phone, notes, mouse) without stretching?</source>
            <comment>question</comment>
            <translation>Erreichst du, was du oft brauchst (Telefon, Notizen, Maus), ohne dich zu strecken?</translation>
        </message>
        <message>
            <source>Stretching out for the same things many times a day tires your shoulders and back.</source>
            <comment>why</comment>
            <translation>Sich viele Male am Tag nach denselben Dingen zu strecken, ermüdet Schultern und Rücken.</translation>
        </message>
        <message>
            <source>Keep what you use daily within a forearm's reach and move the rarely used things further out.</source>
            <comment>fix</comment>
            <translation>Halte das, was du täglich brauchst, in Unterarmreichweite und stell Seltenes weiter weg.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D4</name>
        <message>
            <source>If you have a sit-stand desk, do you switch between sitting and standing through the day?</source>
            <comment>question</comment>
            <translation>Wenn du einen höhenverstellbaren Schreibtisch hast: Wechselst du im Lauf des Tages zwischen Sitzen und Stehen?</translation>
        </message>
        <message>
            <source>A sit-stand desk only helps when you actually change position; either posture held all day is tiring.</source>
            <comment>why</comment>
            <translation>Ein höhenverstellbarer Schreibtisch hilft nur, wenn du die Position tatsächlich wechselst; jede Haltung ermüdet, wenn du sie den ganzen Tag hältst.</translation>
        </message>
        <message>
            <source>Swap about every 30 minutes to start with; a DeskCoach break is a handy moment to change.</source>
            <comment>fix</comment>
            <translation>Wechsle anfangs etwa alle 30 Minuten; eine Pause von DeskCoach ist ein guter Moment dafür.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D5</name>
        <message>
            <source>When you stand to work, are the desk and screen set for standing, and your feet comfortable?</source>
            <comment>question</comment>
            <translation>Wenn du im Stehen arbeitest: Sind Schreibtisch und Bildschirm auf Stehhöhe eingestellt, und fühlen sich deine Füße wohl?</translation>
        </message>
        <message>
            <source>A standing desk left at sitting height, or hard floor in thin shoes, soon makes standing a strain.</source>
            <comment>why</comment>
            <translation>Ein Stehtisch auf Sitzhöhe oder harter Boden in dünnen Schuhen macht das Stehen bald anstrengend.</translation>
        </message>
        <message>
            <source>Raise the desk until your forearms are level with it and the screen with it; wear supportive shoes or stand on a mat.</source>
            <comment>fix</comment>
            <translation>Stell den Schreibtisch so hoch, dass deine Unterarme waagerecht darauf liegen, und den Bildschirm passend dazu; trag stützende Schuhe oder stell dich auf eine Matte.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D6</name>
        <message>
            <source>At home or at a shared desk, do you set the chair, desk and screen to fit you before you start?</source>
            <comment>question</comment>
            <translation>Stellst du zu Hause oder an einem geteilten Arbeitsplatz Stuhl, Schreibtisch und Bildschirm auf dich ein, bevor du anfängst?</translation>
        </message>
        <message>
            <source>A desk set up for someone else, or a kitchen table, fits you only by chance.</source>
            <comment>why</comment>
            <translation>Ein Schreibtisch, der für jemand anderen eingerichtet ist, oder ein Küchentisch passt nur zufällig zu dir.</translation>
        </message>
        <message>
            <source>Take two minutes at the start: seat height, backrest, screen height and distance, keyboard; this checklist is the list.</source>
            <comment>fix</comment>
            <translation>Nimm dir zu Beginn zwei Minuten: Sitzhöhe, Rückenlehne, Höhe und Abstand des Bildschirms, Tastatur; diese Checkliste ist die Liste dafür.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S1</name>
        <message>
            <source>Is the top of the screen at or slightly below eye level (lower if you wear bifocals)?</source>
            <comment>question</comment>
            <translation>Ist die Oberkante des Bildschirms auf oder knapp unter Augenhöhe (tiefer, wenn du eine Gleitsichtbrille trägst)?</translation>
        </message>
        <message>
            <source>A screen set too high tips your head back; one set too low pulls it forward and down.</source>
            <comment>why</comment>
            <translation>Ein zu hoher Bildschirm kippt den Kopf nach hinten; ein zu niedriger zieht ihn nach vorn und unten.</translation>
        </message>
        <message>
            <source>Raise the screen on a riser, monitor arm or books until the top line meets your eyes; bifocal wearers, go lower.</source>
            <comment>fix</comment>
            <translation>Stell den Bildschirm auf einen Aufsatz, einen Monitorarm oder Bücher, bis die oberste Zeile auf Augenhöhe ist; mit Gleitsichtbrille tiefer.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S2</name>
        <message>
            <source>Is the screen at least an arm's length away, with text you can read without leaning in?</source>
            <comment>question</comment>
            <translation>Ist der Bildschirm mindestens eine Armlänge entfernt, und kannst du die Schrift lesen, ohne dich vorzubeugen?</translation>
        </message>
        <message>
            <source>Too close and your eyes work hard to focus; too far and you lean forward to read.</source>
            <comment>why</comment>
            <translation>Ist er zu nah, müssen die Augen stark scharfstellen; ist er zu weit weg, beugst du dich zum Lesen vor.</translation>
        </message>
        <message>
            <source>Put it at least an arm's length away (about 50 cm or more; farther for a big screen), then enlarge the text if needed.</source>
            <comment>fix</comment>
            <translation>Stell ihn mindestens eine Armlänge entfernt auf (etwa 50 cm oder mehr; bei großen Bildschirmen weiter) und vergrößere bei Bedarf die Schrift.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S3</name>
        <message>
            <source>Is the screen you use most straight in front of you, so you don't turn your head to see it?</source>
            <comment>question</comment>
            <translation>Steht der Bildschirm, den du am meisten nutzt, direkt vor dir, sodass du den Kopf nicht drehen musst?</translation>
        </message>
        <message>
            <source>Looking off to one side for hours keeps your neck twisted.</source>
            <comment>why</comment>
            <translation>Stundenlang zur Seite zu schauen, hält den Nacken verdreht.</translation>
        </message>
        <message>
            <source>Centre your main screen behind the keyboard; with two screens used equally, put the gap between them in the middle.</source>
            <comment>fix</comment>
            <translation>Stell den Hauptbildschirm mittig hinter die Tastatur; nutzt du zwei Bildschirme gleich viel, kommt die Lücke zwischen ihnen in die Mitte.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S4</name>
        <message>
            <source>Can you read the screen without bright patches or mirror images of lights and windows on it?</source>
            <comment>question</comment>
            <translation>Kannst du den Bildschirm ohne helle Flecken oder Spiegelungen von Lampen und Fenstern lesen?</translation>
        </message>
        <message>
            <source>Light bouncing off the screen fades the text, and you end up squinting or ducking your head around it.</source>
            <comment>why</comment>
            <translation>Licht, das vom Bildschirm zurückgeworfen wird, lässt die Schrift verblassen, und du kneifst die Augen zusammen oder duckst dich daran vorbei.</translation>
        </message>
        <message>
            <source>Set the screen side-on to windows, draw the blinds when the sun is low, and tip the screen until the lamps vanish from it.</source>
            <comment>fix</comment>
            <translation>Stell den Bildschirm seitlich zum Fenster, zieh bei tief stehender Sonne die Jalousien zu und neig den Bildschirm, bis die Lampen darin verschwinden.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S5</name>
        <message>
            <source>Are brightness and contrast comfortable, and is the picture steady, without flicker?</source>
            <comment>question</comment>
            <translation>Sind Helligkeit und Kontrast angenehm, und ist das Bild ruhig, ohne Flimmern?</translation>
        </message>
        <message>
            <source>A dim, glaring or flickering picture makes reading hard work.</source>
            <comment>why</comment>
            <translation>Ein dunkles, blendendes oder flimmerndes Bild macht Lesen anstrengend.</translation>
        </message>
        <message>
            <source>Match the screen's brightness to the room in the display settings; report flicker that the settings don't cure.</source>
            <comment>fix</comment>
            <translation>Pass die Helligkeit des Bildschirms in den Anzeigeeinstellungen an den Raum an; melde Flimmern, das sich so nicht beheben lässt.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S6</name>
        <message>
            <source>If you type from papers, are they held up near the screen rather than flat on the desk?</source>
            <comment>question</comment>
            <translation>Wenn du von Unterlagen abtippst: Stehen sie aufrecht nahe am Bildschirm statt flach auf dem Tisch?</translation>
        </message>
        <message>
            <source>Looking down at papers and up at the screen again and again keeps your neck bobbing.</source>
            <comment>why</comment>
            <translation>Ständig auf die Unterlagen hinunter- und wieder zum Bildschirm hochzuschauen, lässt den Nacken auf und ab wippen.</translation>
        </message>
        <message>
            <source>Put a document holder beside the screen, or between the keyboard and the screen, at about screen height.</source>
            <comment>fix</comment>
            <translation>Stell einen Dokumentenhalter neben den Bildschirm oder zwischen Tastatur und Bildschirm, etwa auf Bildschirmhöhe.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K1</name>
        <message>
            <source>When you type, are your elbows at about a right angle, shoulders relaxed and wrists straight?</source>
            <comment>question</comment>
            <translation>Sind deine Ellbogen beim Tippen etwa im rechten Winkel, die Schultern entspannt und die Handgelenke gerade?</translation>
        </message>
        <message>
            <source>With the keys at elbow height your shoulders can drop and your wrists stay straight.</source>
            <comment>why</comment>
            <translation>Liegen die Tasten auf Ellbogenhöhe, können die Schultern sinken und die Handgelenke bleiben gerade.</translation>
        </message>
        <message>
            <source>Adjust the chair until your forearms are level with the keys (add a footrest if needed) and fold the keyboard's feet flat.</source>
            <comment>fix</comment>
            <translation>Stell den Stuhl so ein, dass die Unterarme auf Tastenhöhe waagerecht sind (bei Bedarf mit Fußstütze), und klapp die Füße der Tastatur ein.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K2</name>
        <message>
            <source>Is there room in front of the keyboard to rest your hands when you pause?</source>
            <comment>question</comment>
            <translation>Ist vor der Tastatur Platz, um die Hände in Pausen abzulegen?</translation>
        </message>
        <message>
            <source>A place to rest your hands lets your arms relax instead of hovering over the keys.</source>
            <comment>why</comment>
            <translation>Eine Ablage für die Hände lässt die Arme entspannen, statt über den Tasten zu schweben.</translation>
        </message>
        <message>
            <source>Move the keyboard back from the desk edge so your hands and wrists have room in front of it.</source>
            <comment>fix</comment>
            <translation>Schieb die Tastatur von der Tischkante weg nach hinten, damit Hände und Handgelenke davor Platz haben.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K3</name>
        <message>
            <source>Is your mouse right next to the keyboard, at the same height?</source>
            <comment>question</comment>
            <translation>Liegt die Maus direkt neben der Tastatur, auf gleicher Höhe?</translation>
        </message>
        <message>
            <source>A mouse out at the side or on a higher shelf keeps your arm reaching away from your body.</source>
            <comment>why</comment>
            <translation>Eine Maus weit an der Seite oder auf einer höheren Ablage lässt den Arm ständig vom Körper weggestreckt.</translation>
        </message>
        <message>
            <source>Bring the mouse in close; a keyboard without a number pad shortens the reach, or try mousing with the other hand.</source>
            <comment>fix</comment>
            <translation>Hol die Maus nah heran; eine Tastatur ohne Ziffernblock verkürzt den Weg, oder probier die Maus mit der anderen Hand.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K4</name>
        <message>
            <source>Does your mouse fit your hand, with the pointer moving at a speed that feels right?</source>
            <comment>question</comment>
            <translation>Passt die Maus zu deiner Hand, und bewegt sich der Mauszeiger in einem angenehmen Tempo?</translation>
        </message>
        <message>
            <source>An awkward mouse or a sluggish pointer makes you grip harder and move your arm more.</source>
            <comment>why</comment>
            <translation>Eine unhandliche Maus oder ein träger Mauszeiger lässt dich fester greifen und den Arm mehr bewegen.</translation>
        </message>
        <message>
            <source>Set the pointer speed in the mouse settings; if it still feels wrong, ask to try another mouse or a trackball.</source>
            <comment>fix</comment>
            <translation>Stell die Zeigergeschwindigkeit in den Mauseinstellungen ein; fühlt es sich dann noch falsch an, frag nach einer anderen Maus oder einem Trackball.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K5</name>
        <message>
            <source>Is the keyboard centred in front of you, with the B key roughly in line with your navel?</source>
            <comment>question</comment>
            <translation>Liegt die Tastatur mittig vor dir, die Taste B etwa auf Höhe deines Bauchnabels?</translation>
        </message>
        <message>
            <source>Typing on a keyboard pushed off to one side keeps your arms and upper back turned all day.</source>
            <comment>why</comment>
            <translation>Auf einer zur Seite geschobenen Tastatur zu tippen, hält Arme und oberen Rücken den ganzen Tag verdreht.</translation>
        </message>
        <message>
            <source>Slide the keyboard so its letter keys (not the whole board) sit in front of you; the B key lines up with your navel.</source>
            <comment>fix</comment>
            <translation>Schieb die Tastatur so, dass die Buchstabentasten (nicht die ganze Tastatur) vor dir liegen; die Taste B ist dann auf Höhe des Bauchnabels.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K6</name>
        <message>
            <source>If you have a wrist or palm rest, do you lean on it only while pausing, not while typing?</source>
            <comment>question</comment>
            <translation>Wenn du eine Handballenauflage hast: Stützt du dich nur in Pausen darauf, nicht beim Tippen?</translation>
        </message>
        <message>
            <source>Pressing your wrists on a rest while you type bends them and presses on the tissues inside.</source>
            <comment>why</comment>
            <translation>Drückst du die Handgelenke beim Tippen auf eine Auflage, knicken sie ab und das Gewebe darin wird gedrückt.</translation>
        </message>
        <message>
            <source>Let your hands float over the keys as you type and rest the heels of your hands on the rest only in pauses.</source>
            <comment>fix</comment>
            <translation>Lass die Hände beim Tippen über den Tasten schweben und leg die Handballen nur in Pausen auf die Auflage.</translation>
        </message>
    </context>
    <context>
        <name>checklist:L1</name>
        <message>
            <source>For longer spells on the laptop, do you use a separate keyboard and mouse, with its screen raised?</source>
            <comment>question</comment>
            <translation>Nutzt du bei längerer Arbeit am Laptop eine separate Tastatur und Maus und stellst den Laptop erhöht?</translation>
        </message>
        <message>
            <source>On a laptop the screen and keys are joined, so one of them is always at the wrong height.</source>
            <comment>why</comment>
            <translation>Beim Laptop sind Bildschirm und Tastatur verbunden, sodass immer eins von beiden auf der falschen Höhe ist.</translation>
        </message>
        <message>
            <source>Raise the laptop on a stand so the screen is at eye level and plug in a keyboard and mouse, or use a dock and monitor.</source>
            <comment>fix</comment>
            <translation>Stell den Laptop auf einen Ständer, sodass der Bildschirm auf Augenhöhe ist, und schließ Tastatur und Maus an, oder nutz eine Dockingstation mit Monitor.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E1</name>
        <message>
            <source>Is there enough light to read papers easily, without it glaring on the screen?</source>
            <comment>question</comment>
            <translation>Ist es hell genug, um Unterlagen bequem zu lesen, ohne dass das Licht auf dem Bildschirm blendet?</translation>
        </message>
        <message>
            <source>Too little light makes you lean in; too much, or in the wrong place, bounces off screen and paper.</source>
            <comment>why</comment>
            <translation>Bei zu wenig Licht beugst du dich vor; zu viel oder falsch platziertes Licht spiegelt sich auf Bildschirm und Papier.</translation>
        </message>
        <message>
            <source>Add a desk lamp aimed at your papers, not the screen, or move out from under a bright ceiling light.</source>
            <comment>fix</comment>
            <translation>Stell eine Schreibtischlampe auf, die auf die Unterlagen zeigt, nicht auf den Bildschirm, oder rück weg von einer hellen Deckenleuchte.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E2</name>
        <message>
            <source>Are the noise, temperature and air (not too dry or stuffy) comfortable where you work?</source>
            <comment>question</comment>
            <translation>Sind Geräusche, Temperatur und Luft (nicht zu trocken oder stickig) an deinem Arbeitsplatz angenehm?</translation>
        </message>
        <message>
            <source>A noisy, stuffy, hot or cold room wears down your comfort and concentration over a day.</source>
            <comment>why</comment>
            <translation>Ein lauter, stickiger, heißer oder kalter Raum zehrt im Lauf des Tages an Wohlbefinden und Konzentration.</translation>
        </message>
        <message>
            <source>Tell facilities what bothers you and when it happens; meanwhile a fan, an extra layer or headphones can help.</source>
            <comment>fix</comment>
            <translation>Sag der Haustechnik, was dich stört und wann es auftritt; bis dahin helfen ein Ventilator, eine Schicht mehr oder Kopfhörer.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E3</name>
        <message>
            <source>Is there room around your chair to shift position, stand up and stretch?</source>
            <comment>question</comment>
            <translation>Ist rund um deinen Stuhl Platz, um die Position zu wechseln, aufzustehen und dich zu strecken?</translation>
        </message>
        <message>
            <source>Moving often is easy only when there is space to do it.</source>
            <comment>why</comment>
            <translation>Häufige Bewegung fällt nur leicht, wenn Platz dafür da ist.</translation>
        </message>
        <message>
            <source>Clear the floor around your chair and rearrange the furniture; ask facilities if the space is simply too small.</source>
            <comment>fix</comment>
            <translation>Räum den Boden um deinen Stuhl frei und stell die Möbel um; ist der Platz einfach zu klein, sprich die Haustechnik an.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H1</name>
        <message>
            <source>Do you break up screen work at least once an hour with a short pause or an off-screen task?</source>
            <comment>question</comment>
            <translation>Unterbrichst du die Bildschirmarbeit mindestens einmal pro Stunde mit einer kurzen Pause oder einer Aufgabe ohne Bildschirm?</translation>
        </message>
        <message>
            <source>Short, frequent breaks suit screen work better than long, rare ones.</source>
            <comment>why</comment>
            <translation>Kurze, häufige Pausen passen besser zur Bildschirmarbeit als lange, seltene.</translation>
        </message>
        <message>
            <source>Turn on DeskCoach's breaks, and save calls, filing and printing for the gaps between screen spells.</source>
            <comment>fix</comment>
            <translation>Schalte die Pausen von DeskCoach ein und heb dir Telefonate, Ablage und Drucken für die Zeit zwischen den Bildschirmphasen auf.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H2</name>
        <message>
            <source>Do you rest your eyes often, looking into the distance and blinking fully for a few seconds?</source>
            <comment>question</comment>
            <translation>Gönnst du deinen Augen oft eine Pause, schaust in die Ferne und blinzelst ein paar Sekunden lang vollständig?</translation>
        </message>
        <message>
            <source>People blink less while reading a screen, and hours of close focus are tiring for the eyes.</source>
            <comment>why</comment>
            <translation>Beim Lesen am Bildschirm blinzelt man seltener, und stundenlanges Scharfstellen auf die Nähe ermüdet die Augen.</translation>
        </message>
        <message>
            <source>Every 20 minutes or so, look at something about 6 m (20 ft) away for 20 seconds and blink fully a few times.</source>
            <comment>fix</comment>
            <translation>Schau etwa alle 20 Minuten 20 Sekunden lang auf etwas in etwa 6 m (20 ft) Entfernung und blinzle ein paarmal vollständig.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H3</name>
        <message>
            <source>Have you had an eye test recently?</source>
            <comment>question</comment>
            <translation>Hast du in letzter Zeit einen Sehtest gemacht?</translation>
        </message>
        <message>
            <source>Some people need glasses made for screen distance; an eye test is how to find out.</source>
            <comment>why</comment>
            <translation>Manche Menschen brauchen eine Brille für den Bildschirmabstand; ein Sehtest zeigt es.</translation>
        </message>
        <message>
            <source>Ask your manager or HR: in the UK and EU, employers arrange an eye test for screen users who ask for one.</source>
            <comment>fix</comment>
            <translation>Frag deine Führungskraft oder die Personalabteilung: In der EU und im UK ermöglichen Arbeitgeber auf Wunsch einen Sehtest.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H4</name>
        <message>
            <source>Has someone shown you how to adjust your chair, desk and screen to fit you?</source>
            <comment>question</comment>
            <translation>Hat dir jemand gezeigt, wie du Stuhl, Schreibtisch und Bildschirm auf dich einstellst?</translation>
        </message>
        <message>
            <source>Adjustable furniture only helps if you know how to set it.</source>
            <comment>why</comment>
            <translation>Verstellbare Möbel helfen nur, wenn du weißt, wie man sie einstellt.</translation>
        </message>
        <message>
            <source>Ask your manager for a short workstation set-up session, or go through this checklist with each control in hand.</source>
            <comment>fix</comment>
            <translation>Bitte deine Führungskraft um eine kurze Einweisung an deinem Arbeitsplatz, oder geh diese Checkliste durch und probier dabei jeden Hebel aus.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H5</name>
        <message>
            <source>Are you free of aches, tingling or eye strain that you put down to your work?</source>
            <comment>question</comment>
            <translation>Bist du frei von Schmerzen, Kribbeln oder müden Augen, die du auf deine Arbeit zurückführst?</translation>
        </message>
        <message>
            <source>Discomfort that keeps coming back is worth raising early, while it is easy to act on.</source>
            <comment>why</comment>
            <translation>Beschwerden, die immer wiederkommen, solltest du früh ansprechen, solange sich noch leicht etwas tun lässt.</translation>
        </message>
        <message>
            <source>Tell your manager so your workstation can be looked at again, and see a health professional if it lasts.</source>
            <comment>fix</comment>
            <translation>Sag deiner Führungskraft Bescheid, damit dein Arbeitsplatz noch einmal angeschaut wird, und geh zu einer Ärztin oder einem Arzt, wenn es anhält.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H6</name>
        <message>
            <source>For long calls, do you use a headset rather than holding the phone between your ear and shoulder?</source>
            <comment>question</comment>
            <translation>Nutzt du bei langen Telefonaten ein Headset, statt den Hörer zwischen Ohr und Schulter zu klemmen?</translation>
        </message>
        <message>
            <source>Clamping a phone with your shoulder holds your neck bent to one side for the whole call.</source>
            <comment>why</comment>
            <translation>Klemmst du den Hörer mit der Schulter ein, bleibt der Nacken das ganze Gespräch über zur Seite geneigt.</translation>
        </message>
        <message>
            <source>Use a headset or earphones for calls longer than a few minutes, or the speaker when you are on your own.</source>
            <comment>fix</comment>
            <translation>Nutz bei Gesprächen, die länger als ein paar Minuten dauern, ein Headset oder Kopfhörer, oder den Lautsprecher, wenn du allein bist.</translation>
        </message>
    </context>
</TS>
