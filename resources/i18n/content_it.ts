<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>exercise:ankle-pumps</name>
        <message>
            <source>Ankle pumps and circles</source>
            <comment>name</comment>
            <translation>Flessioni e cerchi delle caviglie</translation>
        </message>
        <message>
            <source>Point, flex and circle your feet to keep the blood moving in your lower legs.</source>
            <comment>summary</comment>
            <translation>Punta, fletti e ruota i piedi per mantenere il sangue in movimento nella parte bassa delle gambe.</translation>
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>dose</comment>
            <translation>10 flessioni e 10 cerchi per piede</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 pumps and 10 circles.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 10 flessioni e 10 cerchi.</translation>
        </message>
        <message>
            <source>Stretch one leg out in front, heel on the floor, and point your toes away.</source>
            <comment>steps[0].text</comment>
            <translation>Distendi una gamba in avanti, tallone a terra, e punta le dita dei piedi lontano da te.</translation>
        </message>
        <message>
            <source>Pull your toes back toward you, then point them again. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Tira le dita dei piedi verso di te, poi puntale di nuovo. 10 volte.</translation>
        </message>
        <message>
            <source>Draw slow circles with your foot, 5 each way.</source>
            <comment>steps[2].text</comment>
            <translation>Disegna cerchi lenti con il piede, 5 in ogni direzione.</translation>
        </message>
        <message>
            <source>Switch legs and do both moves with the other foot.</source>
            <comment>steps[3].text</comment>
            <translation>Cambia gamba e fai entrambi i movimenti con l'altro piede.</translation>
        </message>
        <message>
            <source>6 pumps and 6 circles a foot</source>
            <comment>levels[0].dose</comment>
            <translation>6 flessioni e 6 cerchi per piede</translation>
        </message>
        <message>
            <source>Fewer, smaller movements; keep the heel on the floor.</source>
            <comment>levels[0].how</comment>
            <translation>Movimenti più piccoli e meno numerosi; tieni il tallone a terra.</translation>
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>levels[1].dose</comment>
            <translation>10 flessioni e 10 cerchi per piede</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>15 pumps and 15 circles a foot</source>
            <comment>levels[2].dose</comment>
            <translation>15 flessioni e 15 cerchi per piede</translation>
        </message>
        <message>
            <source>Lift the foot off the floor and make the circles larger.</source>
            <comment>levels[2].how</comment>
            <translation>Solleva il piede da terra e fai cerchi più ampi.</translation>
        </message>
    </context>
    <context>
        <name>exercise:back-extension</name>
        <message>
            <source>Standing back bend</source>
            <comment>name</comment>
            <translation>Estensione della schiena in piedi</translation>
        </message>
        <message>
            <source>A gentle lean back that undoes some of the forward bending of long sitting.</source>
            <comment>summary</comment>
            <translation>Una leggera inclinazione all'indietro che compensa in parte la schiena curva delle lunghe ore da seduti.</translation>
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>dose</comment>
            <translation>8 inclinazioni leggere</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5-10 leans.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 5-10 inclinazioni.</translation>
        </message>
        <message>
            <source>Lean back only as far as feels easy, and keep your knees soft.</source>
            <comment>cautions[0]</comment>
            <translation>Inclinati all'indietro solo finché è facile, con le ginocchia morbide.</translation>
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>Salta questo esercizio se dolore, intorpidimento o formicolio scendono lungo la gamba.</translation>
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation>Salta questo esercizio se hai una stenosi spinale o una spondilolistesi.</translation>
        </message>
        <message>
            <source>Stand with feet apart and put your hands on the back of your hips, fingers down.</source>
            <comment>steps[0].text</comment>
            <translation>In piedi, piedi divaricati, appoggia le mani sulla parte posteriore dei fianchi, dita verso il basso.</translation>
        </message>
        <message>
            <source>Lean back gently over your hands, then come upright again. 8 times, slowly.</source>
            <comment>steps[1].text</comment>
            <translation>Inclinati dolcemente all'indietro sopra le mani, poi torna dritto. 8 volte, lentamente.</translation>
        </message>
        <message>
            <source>5 small leans</source>
            <comment>levels[0].dose</comment>
            <translation>5 piccole inclinazioni</translation>
        </message>
        <message>
            <source>Lean back only a little, hands supporting the lower back.</source>
            <comment>levels[0].how</comment>
            <translation>Inclinati solo un poco indietro, con le mani a sostegno della zona lombare.</translation>
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>levels[1].dose</comment>
            <translation>8 inclinazioni leggere</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>10 leans, 2 s at the end</source>
            <comment>levels[2].dose</comment>
            <translation>10 inclinazioni, 2 s alla fine</translation>
        </message>
        <message>
            <source>Pause briefly at the end of each lean if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Fermati un attimo alla fine di ogni inclinazione, se resta comodo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:belly-breathing</name>
        <message>
            <source>Slow belly breathing</source>
            <comment>name</comment>
            <translation>Respirazione addominale lenta</translation>
        </message>
        <message>
            <source>Slow breaths into the belly, a calm way to settle between tasks.</source>
            <comment>summary</comment>
            <translation>Respiri lenti nella pancia, un modo tranquillo per ritrovare la calma tra un'attività e l'altra.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>dose</comment>
            <translation>8 respiri lenti</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 6-10 breaths, about 4 s in and 6 s out.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 6-10 respiri, circa 4 s di inspirazione e 6 s di espirazione.</translation>
        </message>
        <message>
            <source>Feeling light-headed? Breathe more gently, or go back to normal breathing.</source>
            <comment>cautions[0]</comment>
            <translation>Ti gira la testa? Respira più piano, o torna a respirare normalmente.</translation>
        </message>
        <message>
            <source>Don't hold your breath; let each breath flow into the next.</source>
            <comment>cautions[1]</comment>
            <translation>Non trattenere il respiro; lascia che ogni respiro si colleghi al successivo.</translation>
        </message>
        <message>
            <source>Sit back comfortably, shoulders loose, one hand resting on your belly.</source>
            <comment>steps[0].text</comment>
            <translation>Appoggiati comodamente allo schienale, spalle sciolte, una mano appoggiata sulla pancia.</translation>
        </message>
        <message>
            <source>Breathe in through your nose so your belly lifts your hand; breathe out long and soft.</source>
            <comment>steps[1].text</comment>
            <translation>Inspira dal naso in modo che la pancia sollevi la mano; espira a lungo e dolcemente.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>5 respiri lenti</translation>
        </message>
        <message>
            <source>Fewer breaths; breathe out for as long as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Meno respiri; espira finché è facile.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation>8 respiri lenti</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>10 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>10 respiri lenti</translation>
        </message>
        <message>
            <source>More breaths, with a slightly longer breath out.</source>
            <comment>levels[2].how</comment>
            <translation>Più respiri, con un'espirazione un po' più lunga.</translation>
        </message>
    </context>
    <context>
        <name>exercise:bruegger-relief</name>
        <message>
            <source>Brügger relief position</source>
            <comment>name</comment>
            <translation>Posizione di scarico di Brügger</translation>
        </message>
        <message>
            <source>Sit at the chair edge and open up: the opposite of a slumped desk posture.</source>
            <comment>summary</comment>
            <translation>Siediti sul bordo della sedia e apriti: l'opposto della postura accasciata alla scrivania.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>dose</comment>
            <translation>5 respiri lenti</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 3-5 slow breaths.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 3-5 respiri lenti.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una sedia che non possa scivolare via: senza ruote, o con le ruote bloccate.</translation>
        </message>
        <message>
            <source>Keep the lift small; it should feel open, never strained.</source>
            <comment>cautions[1]</comment>
            <translation>Solleva il petto di poco; deve dare una sensazione di apertura, mai di sforzo.</translation>
        </message>
        <message>
            <source>Move to the front edge of your seat and sit tall.</source>
            <comment>steps[0].text</comment>
            <translation>Spostati sul bordo anteriore della seduta e siediti con la schiena dritta.</translation>
        </message>
        <message>
            <source>Set your feet wide and turned out, lift your breastbone, turn your palms forward.</source>
            <comment>steps[1].text</comment>
            <translation>Allarga i piedi con le punte verso l'esterno, solleva lo sterno, ruota i palmi in avanti.</translation>
        </message>
        <message>
            <source>Stay in this open shape for 5 slow breaths, then relax.</source>
            <comment>steps[2].text</comment>
            <translation>Resta in questa posizione aperta per 5 respiri lenti, poi rilassati.</translation>
        </message>
        <message>
            <source>3 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>3 respiri lenti</translation>
        </message>
        <message>
            <source>Fewer breaths; turn the palms out only part way.</source>
            <comment>levels[0].how</comment>
            <translation>Meno respiri; ruota i palmi verso l'esterno solo in parte.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation>5 respiri lenti</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>8 respiri lenti</translation>
        </message>
        <message>
            <source>More breaths, holding the open position throughout.</source>
            <comment>levels[2].how</comment>
            <translation>Più respiri, mantenendo la posizione aperta per tutto il tempo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:calf-raises</name>
        <message>
            <source>Calf raises</source>
            <comment>name</comment>
            <translation>Sollevamenti sulle punte</translation>
        </message>
        <message>
            <source>Works your calves and gets the blood moving in legs that have been still.</source>
            <comment>summary</comment>
            <translation>Fa lavorare i polpacci e rimette in circolo il sangue in gambe rimaste ferme.</translation>
        </message>
        <message>
            <source>12 raises</source>
            <comment>dose</comment>
            <translation>12 sollevamenti</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10-15 raises.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 10-15 sollevamenti.</translation>
        </message>
        <message>
            <source>Unsteady on your feet? Keep both hands on the desk, or take the seated version.</source>
            <comment>cautions[0]</comment>
            <translation>Poco stabile sulle gambe? Tieni entrambe le mani sulla scrivania, o fai la versione da seduti.</translation>
        </message>
        <message>
            <source>Sore Achilles tendon or heel? Rise only a little, or pick another move.</source>
            <comment>cautions[1]</comment>
            <translation>Tendine d'Achille o tallone doloranti? Sollevati solo un poco, o scegli un altro esercizio.</translation>
        </message>
        <message>
            <source>Stand facing your desk, feet hip-width apart, fingertips resting on it.</source>
            <comment>steps[0].text</comment>
            <translation>In piedi di fronte alla scrivania, piedi alla larghezza dei fianchi, punta delle dita appoggiata sul piano.</translation>
        </message>
        <message>
            <source>Rise up onto your toes, then lower your heels slowly. 12 times.</source>
            <comment>steps[1].text</comment>
            <translation>Sollevati sulle punte dei piedi, poi abbassa lentamente i talloni. 12 volte.</translation>
        </message>
        <message>
            <source>8 raises</source>
            <comment>levels[0].dose</comment>
            <translation>8 sollevamenti</translation>
        </message>
        <message>
            <source>Fewer raises, both hands on the desk, lifting only part way.</source>
            <comment>levels[0].how</comment>
            <translation>Meno sollevamenti, entrambe le mani sulla scrivania, salendo solo in parte.</translation>
        </message>
        <message>
            <source>12 raises</source>
            <comment>levels[1].dose</comment>
            <translation>12 sollevamenti</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>15 raises, 2 s lowering</source>
            <comment>levels[2].dose</comment>
            <translation>15 sollevamenti, 2 s in discesa</translation>
        </message>
        <message>
            <source>More raises, lowering slowly over two seconds.</source>
            <comment>levels[2].how</comment>
            <translation>Più sollevamenti, scendendo lentamente in due secondi.</translation>
        </message>
    </context>
    <context>
        <name>exercise:chin-tuck</name>
        <message>
            <source>Chin tucks</source>
            <comment>name</comment>
            <translation>Retrazioni del mento</translation>
        </message>
        <message>
            <source>Slides your head back over your shoulders after leaning in toward the screen.</source>
            <comment>summary</comment>
            <translation>Riporta la testa sopra le spalle dopo che si è spinta in avanti verso lo schermo.</translation>
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>dose</comment>
            <translation>8 retrazioni, 3 s ciascuna</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 tucks held 3-5 s.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 8-10 retrazioni tenute 3-5 s.</translation>
        </message>
        <message>
            <source>Keep your eyes level: the head slides straight back, it does not nod down.</source>
            <comment>cautions[0]</comment>
            <translation>Tieni lo sguardo orizzontale: la testa scivola dritta all'indietro, non si piega in giù.</translation>
        </message>
        <message>
            <source>Stop if you notice pain or tingling going into an arm.</source>
            <comment>cautions[1]</comment>
            <translation>Fermati se senti dolore o formicolio che scende in un braccio.</translation>
        </message>
        <message>
            <source>Sit or stand tall and look straight ahead.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti o alzati con la schiena lunga e guarda dritto davanti a te.</translation>
        </message>
        <message>
            <source>Glide your head straight back, making a double chin. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Porta la testa dritta all'indietro, facendo il doppio mento. Tieni 3 s, poi rilassa. 8 volte.</translation>
        </message>
        <message>
            <source>5 tucks, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 retrazioni, 2 s ciascuna</translation>
        </message>
        <message>
            <source>Fewer, gentler tucks with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation>Meno retrazioni, più leggere e tenute più brevemente.</translation>
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 retrazioni, 3 s ciascuna</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>10 tucks, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 retrazioni, 5 s ciascuna</translation>
        </message>
        <message>
            <source>More tucks with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Più retrazioni, tenute più a lungo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:doorway-chest-stretch</name>
        <message>
            <source>Doorway chest stretch</source>
            <comment>name</comment>
            <translation>Allungamento del petto nel vano della porta</translation>
        </message>
        <message>
            <source>Opens the chest and the fronts of the shoulders, which tighten as you hunch.</source>
            <comment>summary</comment>
            <translation>Apre il petto e la parte anteriore delle spalle, che si accorciano quando ti curvi.</translation>
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>dose</comment>
            <translation>2 tenute da 25 s</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 2 holds of 20-30 s.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 2 tenute da 20-30 s.</translation>
        </message>
        <message>
            <source>Shoulder that feels loose or has slipped out before? Keep your elbow lower.</source>
            <comment>cautions[0]</comment>
            <translation>Spalla che sembra instabile o che si è già lussata? Tieni il gomito più basso.</translation>
        </message>
        <message>
            <source>Stand in a doorway and rest one forearm on the frame, elbow at shoulder height.</source>
            <comment>steps[0].text</comment>
            <translation>Mettiti nel vano di una porta e appoggia un avambraccio allo stipite, gomito all'altezza della spalla.</translation>
        </message>
        <message>
            <source>Step one foot through and turn your chest gently away from that arm. Hold 25 s.</source>
            <comment>steps[1].text</comment>
            <translation>Porta un piede oltre la soglia e ruota con delicatezza il petto lontano da quel braccio. Mantieni 25 s.</translation>
        </message>
        <message>
            <source>Step back, breathe, then do the same with the other arm on the other side.</source>
            <comment>steps[2].text</comment>
            <translation>Torna indietro, respira, poi fai lo stesso con l'altro braccio sull'altro lato.</translation>
        </message>
        <message>
            <source>2 holds of 15 s</source>
            <comment>levels[0].dose</comment>
            <translation>2 tenute da 15 s</translation>
        </message>
        <message>
            <source>Shorter holds, elbows lower and a smaller step.</source>
            <comment>levels[0].how</comment>
            <translation>Tenute più brevi, gomiti più bassi e un passo più corto.</translation>
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>levels[1].dose</comment>
            <translation>2 tenute da 25 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>2 holds of 30 s</source>
            <comment>levels[2].dose</comment>
            <translation>2 tenute da 30 s</translation>
        </message>
        <message>
            <source>Longer holds with a slightly deeper step.</source>
            <comment>levels[2].how</comment>
            <translation>Tenute più lunghe con un passo un po' più ampio.</translation>
        </message>
    </context>
    <context>
        <name>exercise:eye-rest-20-20-20</name>
        <message>
            <source>20-20-20 eye rest</source>
            <comment>name</comment>
            <translation>Riposo degli occhi 20-20-20</translation>
        </message>
        <message>
            <source>Lets your eyes relax their focus and blink fully after close work at the screen.</source>
            <comment>summary</comment>
            <translation>Permette agli occhi di rilassare la messa a fuoco e di sbattere bene le palpebre dopo il lavoro ravvicinato allo schermo.</translation>
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>dose</comment>
            <translation>20 s, guardando a 6 m</translation>
        </message>
        <message>
            <source>At least 20 s looking 6 m (20 feet) away, about every 20 minutes, as in the 20-20-20 trial cited.</source>
            <comment>dose_basis</comment>
            <translation>Almeno 20 s guardando a 6 m (20 piedi) di distanza, circa ogni 20 minuti, come nello studio 20-20-20 citato.</translation>
        </message>
        <message>
            <source>Look away from the screen to something at least 6 m (20 ft) away.</source>
            <comment>steps[0].text</comment>
            <translation>Distogli lo sguardo dallo schermo verso qualcosa ad almeno 6 m (20 ft) di distanza.</translation>
        </message>
        <message>
            <source>Keep your eyes on it for 20 seconds and let your face soften.</source>
            <comment>steps[1].text</comment>
            <translation>Tieni lo sguardo lì per 20 secondi e rilassa il viso.</translation>
        </message>
        <message>
            <source>Blink slowly and fully a few times, closing your eyes all the way.</source>
            <comment>steps[2].text</comment>
            <translation>Sbatti le palpebre lentamente e fino in fondo alcune volte, chiudendo bene gli occhi.</translation>
        </message>
        <message>
            <source>10 s, looking far away</source>
            <comment>levels[0].dose</comment>
            <translation>10 s, guardando lontano</translation>
        </message>
        <message>
            <source>A short look at the farthest point you can see.</source>
            <comment>levels[0].how</comment>
            <translation>Un breve sguardo al punto più lontano che riesci a vedere.</translation>
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>levels[1].dose</comment>
            <translation>20 s, guardando a 6 m</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>30 s, looking 6 m away</source>
            <comment>levels[2].dose</comment>
            <translation>30 s, guardando a 6 m</translation>
        </message>
        <message>
            <source>Look longer and blink fully a few times.</source>
            <comment>levels[2].how</comment>
            <translation>Guarda lontano più a lungo e sbatti bene le palpebre alcune volte.</translation>
        </message>
    </context>
    <context>
        <name>exercise:hip-flexor-stretch</name>
        <message>
            <source>Standing hip-flexor stretch</source>
            <comment>name</comment>
            <translation>Allungamento dei flessori dell'anca in piedi</translation>
        </message>
        <message>
            <source>Opens the fronts of your hips, which stay folded for as long as you sit.</source>
            <comment>summary</comment>
            <translation>Apre la parte anteriore delle anche, che restano piegate per tutto il tempo che passi sulla sedia.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation>25 s per lato</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 20-30 s per lato.</translation>
        </message>
        <message>
            <source>Sore knee? Take a shorter step and keep a hand on the desk.</source>
            <comment>cautions[0]</comment>
            <translation>Ginocchio dolorante? Fai un passo più corto e tieni una mano sulla scrivania.</translation>
        </message>
        <message>
            <source>Hold the desk and step one foot well back, both feet pointing forward.</source>
            <comment>steps[0].text</comment>
            <translation>Tieniti alla scrivania e porta un piede ben indietro, entrambi i piedi rivolti in avanti.</translation>
        </message>
        <message>
            <source>Tuck your tailbone under, squeeze the back buttock and shift forward gently. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Ruota il bacino verso il basso, stringi il gluteo posteriore e sposta il peso in avanti con dolcezza. Tieni.</translation>
        </message>
        <message>
            <source>Switch legs and hold the stretch on the other side.</source>
            <comment>steps[2].text</comment>
            <translation>Cambia gamba e tieni l'allungamento dall'altro lato.</translation>
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>15 s per lato</translation>
        </message>
        <message>
            <source>Shorter holds with a smaller step; hold the desk.</source>
            <comment>levels[0].how</comment>
            <translation>Tenute più brevi con un passo più corto; tieniti alla scrivania.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>25 s per lato</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>30 s per lato</translation>
        </message>
        <message>
            <source>Longer holds, squeezing the back buttock a little more.</source>
            <comment>levels[2].how</comment>
            <translation>Tenute più lunghe, stringendo un po' di più il gluteo posteriore.</translation>
        </message>
    </context>
    <context>
        <name>exercise:hip-hinge</name>
        <message>
            <source>Hip hinge</source>
            <comment>name</comment>
            <translation>Cerniera dell'anca</translation>
        </message>
        <message>
            <source>Practice bending from the hips with a long back, the easy way to reach down.</source>
            <comment>summary</comment>
            <translation>Impara a piegarti dalle anche con la schiena lunga, il modo facile per arrivare in basso.</translation>
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>dose</comment>
            <translation>8 piegamenti lenti</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 hinges.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 8-10 piegamenti.</translation>
        </message>
        <message>
            <source>Back feeling tight? Keep the bend small and let the hips do the moving.</source>
            <comment>cautions[0]</comment>
            <translation>Schiena rigida? Piegati poco e lascia che siano le anche a muoversi.</translation>
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation>Fermati se senti dolore, intorpidimento o formicolio che scende lungo una gamba.</translation>
        </message>
        <message>
            <source>Stand with feet hip-width apart, knees soft, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation>In piedi, piedi alla larghezza dei fianchi, ginocchia morbide, mani appoggiate sulle cosce.</translation>
        </message>
        <message>
            <source>Push your hips back, head, upper back and tailbone in one line; squeeze to rise. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Spingi le anche indietro, testa, dorso e coccige in linea; stringi i glutei per risalire. 8 volte.</translation>
        </message>
        <message>
            <source>Finish standing tall and let your breath settle.</source>
            <comment>steps[2].text</comment>
            <translation>Finisci in piedi con la schiena dritta e lascia che il respiro si calmi.</translation>
        </message>
        <message>
            <source>5 slow hinges</source>
            <comment>levels[0].dose</comment>
            <translation>5 piegamenti lenti</translation>
        </message>
        <message>
            <source>Fewer hinges, bending only a little, hands on the thighs.</source>
            <comment>levels[0].how</comment>
            <translation>Meno piegamenti, piegandoti solo un poco, mani sulle cosce.</translation>
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>levels[1].dose</comment>
            <translation>8 piegamenti lenti</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>12 slow hinges</source>
            <comment>levels[2].dose</comment>
            <translation>12 piegamenti lenti</translation>
        </message>
        <message>
            <source>More hinges, with a slower return to standing.</source>
            <comment>levels[2].how</comment>
            <translation>Più piegamenti, risalendo più lentamente.</translation>
        </message>
    </context>
    <context>
        <name>exercise:near-far-focus</name>
        <message>
            <source>Near and far focus</source>
            <comment>name</comment>
            <translation>Messa a fuoco vicino e lontano</translation>
        </message>
        <message>
            <source>Switch your focus between near and far for a change from the fixed screen distance.</source>
            <comment>summary</comment>
            <translation>Sposta la messa a fuoco tra vicino e lontano, per variare dalla distanza fissa dello schermo.</translation>
        </message>
        <message>
            <source>10 switches</source>
            <comment>dose</comment>
            <translation>10 cambi</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 switches.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 10 cambi.</translation>
        </message>
        <message>
            <source>Hold a pen upright about 30 cm in front of your face.</source>
            <comment>steps[0].text</comment>
            <translation>Tieni una penna dritta a circa 30 cm davanti al viso.</translation>
        </message>
        <message>
            <source>Focus on the pen tip for a moment, then on something far away. Switch 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Guarda la punta della penna per un momento, poi qualcosa di lontano. Alterna 10 volte.</translation>
        </message>
        <message>
            <source>6 switches</source>
            <comment>levels[0].dose</comment>
            <translation>6 cambi</translation>
        </message>
        <message>
            <source>Fewer switches, pausing longer at the far point.</source>
            <comment>levels[0].how</comment>
            <translation>Meno cambi, soffermandoti di più sul punto lontano.</translation>
        </message>
        <message>
            <source>10 switches</source>
            <comment>levels[1].dose</comment>
            <translation>10 cambi</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>15 switches</source>
            <comment>levels[2].dose</comment>
            <translation>15 cambi</translation>
        </message>
        <message>
            <source>More switches at an even pace.</source>
            <comment>levels[2].how</comment>
            <translation>Più cambi, a ritmo regolare.</translation>
        </message>
    </context>
    <context>
        <name>exercise:neck-rotation</name>
        <message>
            <source>Neck turns</source>
            <comment>name</comment>
            <translation>Rotazioni del collo</translation>
        </message>
        <message>
            <source>Slow looks over each shoulder to keep your neck turning freely.</source>
            <comment>summary</comment>
            <translation>Sguardi lenti sopra ogni spalla per mantenere il collo libero di girare.</translation>
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>dose</comment>
            <translation>3 rotazioni per lato</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 3 turns each side.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 3 rotazioni per lato.</translation>
        </message>
        <message>
            <source>Move slowly and keep the turn within an easy range.</source>
            <comment>cautions[0]</comment>
            <translation>Muoviti lentamente e resta in un'ampiezza facile.</translation>
        </message>
        <message>
            <source>Sit or stand tall, shoulders relaxed, chin level.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti o alzati con la schiena lunga, spalle rilassate, mento orizzontale.</translation>
        </message>
        <message>
            <source>Turn your head slowly to look over your right shoulder. Hold 5 s, come back. 3 times.</source>
            <comment>steps[1].text</comment>
            <translation>Gira lentamente la testa per guardare sopra la spalla destra. Tieni 5 s, torna al centro. 3 volte.</translation>
        </message>
        <message>
            <source>Now look over your left shoulder the same way. 3 times.</source>
            <comment>steps[2].text</comment>
            <translation>Ora guarda allo stesso modo sopra la spalla sinistra. 3 volte.</translation>
        </message>
        <message>
            <source>2 small turns each side</source>
            <comment>levels[0].dose</comment>
            <translation>2 piccole rotazioni per lato</translation>
        </message>
        <message>
            <source>Turn only part way, staying well inside comfort.</source>
            <comment>levels[0].how</comment>
            <translation>Gira solo in parte, restando ben dentro la zona di comfort.</translation>
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>levels[1].dose</comment>
            <translation>3 rotazioni per lato</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>4 turns each side</source>
            <comment>levels[2].dose</comment>
            <translation>4 rotazioni per lato</translation>
        </message>
        <message>
            <source>More turns, holding each for a breath.</source>
            <comment>levels[2].how</comment>
            <translation>Più rotazioni, tenendo ciascuna per un respiro.</translation>
        </message>
    </context>
    <context>
        <name>exercise:neck-side-bend</name>
        <message>
            <source>Neck side stretch</source>
            <comment>name</comment>
            <translation>Allungamento laterale del collo</translation>
        </message>
        <message>
            <source>Eases the sides of your neck and the tops of your shoulders.</source>
            <comment>summary</comment>
            <translation>Scioglie i lati del collo e la parte alta delle spalle.</translation>
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>dose</comment>
            <translation>2 × 15 s per lato</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 2 holds of 15 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 2 tenute da 15 s per lato.</translation>
        </message>
        <message>
            <source>Let the weight of your head do the work; don't pull it down with your hand.</source>
            <comment>cautions[0]</comment>
            <translation>Lascia lavorare il peso della testa; non tirarla giù con la mano.</translation>
        </message>
        <message>
            <source>Let your left arm hang or hold the seat; tip your right ear toward your right shoulder.</source>
            <comment>steps[0].text</comment>
            <translation>Lascia pendere il braccio sinistro o tieniti alla seduta; inclina l'orecchio destro verso la spalla destra.</translation>
        </message>
        <message>
            <source>Lift your head slowly, then tip your left ear toward your left shoulder the same way.</source>
            <comment>steps[1].text</comment>
            <translation>Solleva lentamente la testa, poi inclina allo stesso modo l'orecchio sinistro verso la spalla sinistra.</translation>
        </message>
        <message>
            <source>Once more to the right, breathing slowly.</source>
            <comment>steps[2].text</comment>
            <translation>Ancora una volta a destra, respirando lentamente.</translation>
        </message>
        <message>
            <source>And once more to the left, then lift your head up slowly.</source>
            <comment>steps[3].text</comment>
            <translation>E ancora una volta a sinistra, poi solleva lentamente la testa.</translation>
        </message>
        <message>
            <source>2 × 10 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>2 × 10 s per lato</translation>
        </message>
        <message>
            <source>Shorter holds, a smaller bend, no hand on the head.</source>
            <comment>levels[0].how</comment>
            <translation>Tenute più brevi, inclinazione minore, nessuna mano sulla testa.</translation>
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>2 × 15 s per lato</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>2 × 20 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>2 × 20 s per lato</translation>
        </message>
        <message>
            <source>Longer holds on each side.</source>
            <comment>levels[2].how</comment>
            <translation>Tenute più lunghe su ogni lato.</translation>
        </message>
    </context>
    <context>
        <name>exercise:overhead-reach</name>
        <message>
            <source>Overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation>Allungamento verso l'alto con respiri lenti</translation>
        </message>
        <message>
            <source>Stretch tall through your sides and chest while your breathing slows down.</source>
            <comment>summary</comment>
            <translation>Allungati verso l'alto attraverso i fianchi e il petto mentre il respiro rallenta.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation>10 respiri lenti, abbassando le braccia</translation>
        </message>
        <message>
            <source>The physiotherapy articles behind DeskCoach suggest a desk reset every 30-45 minutes: 10 slow breaths, reaching up and to the sides.</source>
            <comment>dose_basis</comment>
            <translation>Gli articoli di fisioterapia su cui si basa DeskCoach suggeriscono una pausa alla scrivania ogni 30-45 minuti: 10 respiri lenti, allungandosi verso l'alto e di lato.</translation>
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[0]</comment>
            <translation>Spalla dolorante? Solleva un braccio alla volta, o fermati più in basso, dove è ancora facile.</translation>
        </message>
        <message>
            <source>Stand tall, feet hip-width apart, and let your ribs settle down.</source>
            <comment>steps[0].text</comment>
            <translation>In piedi, piedi alla larghezza dei fianchi, allunga la schiena e lascia scendere le costole.</translation>
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your sides.</source>
            <comment>steps[1].text</comment>
            <translation>Inspira mentre allunghi entrambe le braccia in alto; espira mentre le abbassi lungo i fianchi.</translation>
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation>Inspira e allungati in alto e verso sinistra; espira e abbassa le braccia.</translation>
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation>Ora allungati in alto e verso destra allo stesso modo, abbassando le braccia tra un lato e l'altro.</translation>
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>6 respiri lenti</translation>
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Meno respiri; solleva le braccia solo fin dove è facile.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation>10 respiri lenti, abbassando le braccia</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>13 respiri lenti</translation>
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation>Più respiri, aggiungendo una leggera inclinazione su ogni lato.</translation>
        </message>
    </context>
    <context>
        <name>exercise:palming</name>
        <message>
            <source>Palming</source>
            <comment>name</comment>
            <translation>Palming</translation>
        </message>
        <message>
            <source>Warm, cupped hands shut out the light and give your eyes a short rest.</source>
            <comment>summary</comment>
            <translation>Mani calde a coppa bloccano la luce e regalano agli occhi un breve riposo.</translation>
        </message>
        <message>
            <source>25 s</source>
            <comment>dose</comment>
            <translation>25 s</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 20-30 s.</translation>
        </message>
        <message>
            <source>Rest your hands on the bones around your eyes; no pressure on the eyes.</source>
            <comment>cautions[0]</comment>
            <translation>Appoggia le mani sulle ossa intorno agli occhi; nessuna pressione sugli occhi.</translation>
        </message>
        <message>
            <source>Skip this if you have had eye surgery recently.</source>
            <comment>avoid_if[0]</comment>
            <translation>Salta questo esercizio se hai subito di recente un intervento agli occhi.</translation>
        </message>
        <message>
            <source>Rub your palms together briskly until they feel warm.</source>
            <comment>steps[0].text</comment>
            <translation>Strofina energicamente i palmi finché non sono caldi.</translation>
        </message>
        <message>
            <source>Close your eyes and cup your hands over them, fingers on your forehead. Rest.</source>
            <comment>steps[1].text</comment>
            <translation>Chiudi gli occhi e coprili con le mani a coppa, dita sulla fronte. Riposa.</translation>
        </message>
        <message>
            <source>15 s</source>
            <comment>levels[0].dose</comment>
            <translation>15 s</translation>
        </message>
        <message>
            <source>A shorter rest with the palms cupped over the eyes.</source>
            <comment>levels[0].how</comment>
            <translation>Un riposo più breve con i palmi a coppa sugli occhi.</translation>
        </message>
        <message>
            <source>25 s</source>
            <comment>levels[1].dose</comment>
            <translation>25 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>40 s</source>
            <comment>levels[2].dose</comment>
            <translation>40 s</translation>
        </message>
        <message>
            <source>A longer rest, breathing slowly.</source>
            <comment>levels[2].how</comment>
            <translation>Un riposo più lungo, respirando lentamente.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-ab-brace</name>
        <message>
            <source>Seated belly brace</source>
            <comment>name</comment>
            <translation>Attivazione addominale da seduti</translation>
        </message>
        <message>
            <source>Wakes up the deep belly muscles that support your lower back while you sit.</source>
            <comment>summary</comment>
            <translation>Risveglia i muscoli profondi della pancia che sostengono la parte bassa della schiena mentre sei alla scrivania.</translation>
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>dose</comment>
            <translation>8 contrazioni, 5 s ciascuna</translation>
        </message>
        <message>
            <source>Keep breathing while you brace; never hold your breath.</source>
            <comment>cautions[0]</comment>
            <translation>Continua a respirare mentre contrai; non trattenere mai il respiro.</translation>
        </message>
        <message>
            <source>Sit tall, feet flat, and rest both hands on your belly.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti con la schiena dritta, piedi a terra, e metti entrambe le mani sulla pancia.</translation>
        </message>
        <message>
            <source>Breathe out and firm your belly as if for a light poke, ribs down. Hold 5 s. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Espira e rassoda la pancia come per prepararti a un leggero colpetto, costole giù. Tieni 5 s. 8 volte.</translation>
        </message>
        <message>
            <source>5 braces, 3 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 contrazioni, 3 s ciascuna</translation>
        </message>
        <message>
            <source>Fewer, lighter braces; keep breathing throughout.</source>
            <comment>levels[0].how</comment>
            <translation>Meno contrazioni, più leggere; continua a respirare per tutto il tempo.</translation>
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 contrazioni, 5 s ciascuna</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>10 braces, 8 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 contrazioni, 8 s ciascuna</translation>
        </message>
        <message>
            <source>More braces held longer, still breathing normally.</source>
            <comment>levels[2].how</comment>
            <translation>Più contrazioni, tenute più a lungo, sempre respirando normalmente.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-back-extension</name>
        <message>
            <source>Seated back bend</source>
            <comment>name</comment>
            <translation>Estensione della schiena da seduti</translation>
        </message>
        <message>
            <source>Lift your chest at the edge of your chair to come out of a slumped curve.</source>
            <comment>summary</comment>
            <translation>Solleva il petto sul bordo della sedia per uscire da una postura accasciata.</translation>
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>dose</comment>
            <translation>8 sollevamenti del petto</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5-10, as for the standing back extension.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 5-10, come per l'estensione della schiena in piedi.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una sedia che non possa scivolare via: senza ruote, o con le ruote bloccate.</translation>
        </message>
        <message>
            <source>Move gently, and only as far as feels easy.</source>
            <comment>cautions[1]</comment>
            <translation>Muoviti dolcemente, e solo finché è facile.</translation>
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>Salta questo esercizio se dolore, intorpidimento o formicolio scendono lungo la gamba.</translation>
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation>Salta questo esercizio se hai una stenosi spinale o una spondilolistesi.</translation>
        </message>
        <message>
            <source>Sit on the front edge of your chair, feet flat, hands on your lower back.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti sul bordo anteriore della sedia, piedi a terra, mani sulla parte bassa della schiena.</translation>
        </message>
        <message>
            <source>Lift your chest up and forward so your lower back arches a little. Ease off. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Solleva il petto in alto e in avanti, inarcando un poco la zona lombare. Rilassa. 8 volte.</translation>
        </message>
        <message>
            <source>5 chest lifts</source>
            <comment>levels[0].dose</comment>
            <translation>5 sollevamenti del petto</translation>
        </message>
        <message>
            <source>Fewer lifts, moving only a little.</source>
            <comment>levels[0].how</comment>
            <translation>Meno sollevamenti, con un movimento piccolo.</translation>
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>levels[1].dose</comment>
            <translation>8 sollevamenti del petto</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>10 chest lifts, 2 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 sollevamenti del petto, 2 s ciascuno</translation>
        </message>
        <message>
            <source>More lifts with a short pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation>Più sollevamenti con una breve pausa in alto.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-chest-opener</name>
        <message>
            <source>Seated chest opener</source>
            <comment>name</comment>
            <translation>Apertura del petto da seduti</translation>
        </message>
        <message>
            <source>Draw your elbows wide and back to open the chest, right from your chair.</source>
            <comment>summary</comment>
            <translation>Porta i gomiti larghi e indietro per aprire il petto, direttamente dalla sedia.</translation>
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>dose</comment>
            <translation>8 aperture, 3 s ciascuna</translation>
        </message>
        <message>
            <source>Rest your hands lightly; never pull on your head or neck.</source>
            <comment>cautions[0]</comment>
            <translation>Appoggia le mani leggermente; non tirare mai la testa o il collo.</translation>
        </message>
        <message>
            <source>Sit tall and rest your fingertips behind your head, elbows in front.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti con la schiena dritta e appoggia la punta delle dita dietro la testa, gomiti in avanti.</translation>
        </message>
        <message>
            <source>Breathe in and draw your elbows wide and back. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Inspira e porta i gomiti larghi e indietro. Tieni 3 s, poi rilassa. 8 volte.</translation>
        </message>
        <message>
            <source>5 openings, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 aperture, 2 s ciascuna</translation>
        </message>
        <message>
            <source>Fewer openings with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation>Meno aperture, tenute più brevemente.</translation>
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 aperture, 3 s ciascuna</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>10 openings, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 aperture, 5 s ciascuna</translation>
        </message>
        <message>
            <source>More openings with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Più aperture, tenute più a lungo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-forward-fold</name>
        <message>
            <source>Seated forward fold</source>
            <comment>name</comment>
            <translation>Piegamento in avanti da seduti</translation>
        </message>
        <message>
            <source>Let your back round forward and hang loose for a few slow breaths.</source>
            <comment>summary</comment>
            <translation>Lascia che la schiena si arrotondi in avanti e resti rilassata per qualche respiro lento.</translation>
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>dose</comment>
            <translation>3 respiri lenti, piegati in avanti</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una sedia che non possa scivolare via: senza ruote, o con le ruote bloccate.</translation>
        </message>
        <message>
            <source>Come up slowly; light-headed when you sit up? Pause before you carry on.</source>
            <comment>cautions[1]</comment>
            <translation>Risali lentamente; ti gira la testa quando ti rialzi? Fermati un momento prima di continuare.</translation>
        </message>
        <message>
            <source>Skip this if bending forward makes back or leg pain worse.</source>
            <comment>avoid_if[0]</comment>
            <translation>Salta questo esercizio se piegarti in avanti peggiora il dolore alla schiena o alla gamba.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat and wide apart.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti verso la parte anteriore della seduta, piedi a terra e ben divaricati.</translation>
        </message>
        <message>
            <source>Let your chest fold down toward your knees, arms and head hanging loose.</source>
            <comment>steps[1].text</comment>
            <translation>Lascia scendere il petto verso le ginocchia, braccia e testa rilassate verso il basso.</translation>
        </message>
        <message>
            <source>Stay folded for 3 slow breaths, then roll up slowly, head last.</source>
            <comment>steps[2].text</comment>
            <translation>Rimani giù per 3 respiri lenti, poi srotolati lentamente, la testa per ultima.</translation>
        </message>
        <message>
            <source>2 slow breaths, folded</source>
            <comment>levels[0].dose</comment>
            <translation>2 respiri lenti, piegati in avanti</translation>
        </message>
        <message>
            <source>A smaller fold, hands on the knees.</source>
            <comment>levels[0].how</comment>
            <translation>Un piegamento più piccolo, mani sulle ginocchia.</translation>
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>levels[1].dose</comment>
            <translation>3 respiri lenti, piegati in avanti</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>5 slow breaths, folded</source>
            <comment>levels[2].dose</comment>
            <translation>5 respiri lenti, piegati in avanti</translation>
        </message>
        <message>
            <source>Stay folded for more breaths.</source>
            <comment>levels[2].how</comment>
            <translation>Rimani giù per più respiri.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hamstring-stretch</name>
        <message>
            <source>Seated hamstring stretch</source>
            <comment>name</comment>
            <translation>Allungamento dei femorali da seduti</translation>
        </message>
        <message>
            <source>Eases the backs of the thighs, which shorten when you sit all day.</source>
            <comment>summary</comment>
            <translation>Scioglie la parte posteriore delle cosce, che si accorcia quando passi tutto il giorno sulla sedia.</translation>
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>dose</comment>
            <translation>20 s per gamba</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una sedia che non possa scivolare via: senza ruote, o con le ruote bloccate.</translation>
        </message>
        <message>
            <source>Lean from the hips with a long back; no bouncing, no reaching for the toes.</source>
            <comment>cautions[1]</comment>
            <translation>Piegati dalle anche con la schiena lunga; niente molleggi, non cercare di toccare le punte dei piedi.</translation>
        </message>
        <message>
            <source>It brings on pain, numbness or tingling down the leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>L'allungamento provoca dolore, intorpidimento o formicolio lungo la gamba.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat. Stretch your right leg out, heel down, toes up.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti verso la parte anteriore della seduta. Distendi la gamba destra, tallone a terra, punte in su.</translation>
        </message>
        <message>
            <source>Sit tall and lean forward from your hips until the back of the thigh eases. Hold 20 s.</source>
            <comment>steps[1].text</comment>
            <translation>Con la schiena dritta, piegati in avanti dalle anche finché il retro della coscia si distende. Tieni 20 s.</translation>
        </message>
        <message>
            <source>Sit up slowly, switch legs and hold the other side the same way.</source>
            <comment>steps[2].text</comment>
            <translation>Torna su lentamente, cambia gamba e tieni l'altro lato allo stesso modo.</translation>
        </message>
        <message>
            <source>15 s each leg</source>
            <comment>levels[0].dose</comment>
            <translation>15 s per gamba</translation>
        </message>
        <message>
            <source>A shorter hold with the knee a little bent.</source>
            <comment>levels[0].how</comment>
            <translation>Una tenuta più breve con il ginocchio un po' piegato.</translation>
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>levels[1].dose</comment>
            <translation>20 s per gamba</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>about 40 s each leg</source>
            <comment>levels[2].dose</comment>
            <translation>circa 40 s per gamba</translation>
        </message>
        <message>
            <source>Longer holds on each leg, sitting tall.</source>
            <comment>levels[2].how</comment>
            <translation>Tenute più lunghe per ogni gamba, con la schiena dritta.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-heel-raises</name>
        <message>
            <source>Seated heel raises</source>
            <comment>name</comment>
            <translation>Sollevamento dei talloni da seduti</translation>
        </message>
        <message>
            <source>Works your calves and keeps the blood moving in your legs without leaving the chair.</source>
            <comment>summary</comment>
            <translation>Fa lavorare i polpacci e mantiene il sangue in movimento nelle gambe senza alzarti dalla sedia.</translation>
        </message>
        <message>
            <source>15 raises</source>
            <comment>dose</comment>
            <translation>15 sollevamenti</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10-15, as for calf raises.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 10-15, come per i sollevamenti sulle punte.</translation>
        </message>
        <message>
            <source>Sit tall with your feet flat and your knees above your ankles.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti con la schiena dritta, piedi appoggiati a terra e ginocchia sopra le caviglie.</translation>
        </message>
        <message>
            <source>Lift both heels as high as you can, then lower them slowly. 15 times.</source>
            <comment>steps[1].text</comment>
            <translation>Solleva entrambi i talloni più in alto che puoi, poi abbassali lentamente. 15 volte.</translation>
        </message>
        <message>
            <source>10 raises</source>
            <comment>levels[0].dose</comment>
            <translation>10 sollevamenti</translation>
        </message>
        <message>
            <source>Fewer raises.</source>
            <comment>levels[0].how</comment>
            <translation>Meno sollevamenti.</translation>
        </message>
        <message>
            <source>15 raises</source>
            <comment>levels[1].dose</comment>
            <translation>15 sollevamenti</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>20 raises, 2 s holds</source>
            <comment>levels[2].dose</comment>
            <translation>20 sollevamenti, 2 s in alto</translation>
        </message>
        <message>
            <source>More raises with a pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation>Più sollevamenti con una pausa in alto.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-flexor-stretch</name>
        <message>
            <source>Seated hip-flexor stretch</source>
            <comment>name</comment>
            <translation>Allungamento dei flessori dell'anca da seduti</translation>
        </message>
        <message>
            <source>The hip-flexor stretch sideways on a chair without wheels, one leg sliding back.</source>
            <comment>summary</comment>
            <translation>L'allungamento dei flessori dell'anca di lato su una sedia senza ruote, una gamba che scivola indietro.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation>25 s per lato</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 20-30 s per lato.</translation>
        </message>
        <message>
            <source>Only on a chair without wheels that cannot tip; keep one hand on its backrest.</source>
            <comment>cautions[0]</comment>
            <translation>Solo su una sedia senza ruote che non possa ribaltarsi; tieni una mano sullo schienale.</translation>
        </message>
        <message>
            <source>Your chair has castors: do the standing hip-flexor stretch, one hand on the desk.</source>
            <comment>avoid_if[0]</comment>
            <translation>La tua sedia ha le ruote: fai l'allungamento dei flessori dell'anca in piedi, una mano sulla scrivania.</translation>
        </message>
        <message>
            <source>Sit sideways near the edge of a chair without wheels, one hand on its backrest.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti di lato vicino al bordo di una sedia senza ruote, una mano sullo schienale.</translation>
        </message>
        <message>
            <source>Slide your outer leg back, knee pointing down, sit tall and tuck your tailbone. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Porta indietro la gamba esterna, ginocchio verso il basso, schiena dritta e bacino ruotato sotto. Tieni.</translation>
        </message>
        <message>
            <source>Turn to face the other way and stretch the other leg.</source>
            <comment>steps[2].text</comment>
            <translation>Girati dall'altra parte e allunga l'altra gamba.</translation>
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>15 s per lato</translation>
        </message>
        <message>
            <source>Shorter holds with the leg slid back less far.</source>
            <comment>levels[0].how</comment>
            <translation>Tenute più brevi, con la gamba portata meno indietro.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>25 s per lato</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>30 s per lato</translation>
        </message>
        <message>
            <source>Longer holds, sitting a little taller.</source>
            <comment>levels[2].how</comment>
            <translation>Tenute più lunghe, con la schiena un po' più allungata.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-hinge</name>
        <message>
            <source>Seated hip hinge</source>
            <comment>name</comment>
            <translation>Cerniera dell'anca da seduti</translation>
        </message>
        <message>
            <source>Lean forward from the hips with a long back, right from the edge of your chair.</source>
            <comment>summary</comment>
            <translation>Piegati in avanti dalle anche con la schiena lunga, direttamente dal bordo della sedia.</translation>
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>dose</comment>
            <translation>8 piegamenti lenti</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10, as for the standing hinge.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 8-10, come per il piegamento in piedi.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una sedia che non possa scivolare via: senza ruote, o con le ruote bloccate.</translation>
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation>Fermati se senti dolore, intorpidimento o formicolio che scende lungo una gamba.</translation>
        </message>
        <message>
            <source>Sit near the front edge, feet flat and apart, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti vicino al bordo anteriore, piedi a terra e divaricati, mani appoggiate sulle cosce.</translation>
        </message>
        <message>
            <source>Lean forward from your hips, head, upper back and tailbone in one line. Sit tall. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Piegati in avanti dalle anche, testa, parte alta della schiena e coccige in linea. Torna su. 8 volte.</translation>
        </message>
        <message>
            <source>5 slow leans</source>
            <comment>levels[0].dose</comment>
            <translation>5 piegamenti lenti</translation>
        </message>
        <message>
            <source>Fewer, smaller leans from the hips.</source>
            <comment>levels[0].how</comment>
            <translation>Meno piegamenti, più piccoli, dalle anche.</translation>
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>levels[1].dose</comment>
            <translation>8 piegamenti lenti</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>12 slow leans</source>
            <comment>levels[2].dose</comment>
            <translation>12 piegamenti lenti</translation>
        </message>
        <message>
            <source>More leans with a slower return.</source>
            <comment>levels[2].how</comment>
            <translation>Più piegamenti, tornando su più lentamente.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-march</name>
        <message>
            <source>Seated march</source>
            <comment>name</comment>
            <translation>Marcia da seduti</translation>
        </message>
        <message>
            <source>Marching in your chair gets the legs and blood moving when you can't step away.</source>
            <comment>summary</comment>
            <translation>Marciare sulla sedia mette in movimento gambe e circolazione quando non puoi allontanarti.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>dose</comment>
            <translation>circa 1 minuto</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: about 60 s of marching in place of a walk.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: circa 60 s di marcia al posto di una camminata.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una sedia che non possa scivolare via: senza ruote, o con le ruote bloccate.</translation>
        </message>
        <message>
            <source>Sit tall near the front of your seat and hold its sides lightly.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti con la schiena dritta verso la parte anteriore della seduta e tienine leggermente i lati.</translation>
        </message>
        <message>
            <source>Lift one knee, then the other, in an easy marching rhythm.</source>
            <comment>steps[1].text</comment>
            <translation>Solleva un ginocchio, poi l'altro, con un ritmo di marcia tranquillo.</translation>
        </message>
        <message>
            <source>Keep marching, a little quicker, for the last few seconds.</source>
            <comment>steps[2].text</comment>
            <translation>Continua a marciare, un po' più veloce, negli ultimi secondi.</translation>
        </message>
        <message>
            <source>about 30 seconds</source>
            <comment>levels[0].dose</comment>
            <translation>circa 30 secondi</translation>
        </message>
        <message>
            <source>A shorter march, lifting the knees only a little.</source>
            <comment>levels[0].how</comment>
            <translation>Una marcia più breve, sollevando poco le ginocchia.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[1].dose</comment>
            <translation>circa 1 minuto</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>about 90 seconds</source>
            <comment>levels[2].dose</comment>
            <translation>circa 90 secondi</translation>
        </message>
        <message>
            <source>A longer march, lifting the knees higher.</source>
            <comment>levels[2].how</comment>
            <translation>Una marcia più lunga, sollevando di più le ginocchia.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-overhead-reach</name>
        <message>
            <source>Seated overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation>Allungamento verso l'alto da seduti con respiri lenti</translation>
        </message>
        <message>
            <source>The overhead reach from your chair: tall through the sides, breathing slow.</source>
            <comment>summary</comment>
            <translation>L'allungamento verso l'alto dalla sedia: fianchi lunghi, respiro lento.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation>10 respiri lenti, abbassando le braccia</translation>
        </message>
        <message>
            <source>The physiotherapy articles behind DeskCoach suggest a desk reset every 30-45 minutes: 10 slow breaths, reaching up and to the sides.</source>
            <comment>dose_basis</comment>
            <translation>Gli articoli di fisioterapia su cui si basa DeskCoach suggeriscono una pausa alla scrivania ogni 30-45 minuti: 10 respiri lenti, allungandosi verso l'alto e di lato.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una sedia che non possa scivolare via: senza ruote, o con le ruote bloccate.</translation>
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[1]</comment>
            <translation>Spalla dolorante? Solleva un braccio alla volta, o fermati più in basso, dove è ancora facile.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat, back away from the backrest.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti verso la parte anteriore della seduta, piedi a terra, schiena staccata dallo schienale.</translation>
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your sides.</source>
            <comment>steps[1].text</comment>
            <translation>Inspira mentre allunghi entrambe le braccia in alto; espira mentre le abbassi lungo i fianchi.</translation>
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation>Inspira e allungati in alto e verso sinistra; espira e abbassa le braccia.</translation>
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation>Ora allungati in alto e verso destra allo stesso modo, abbassando le braccia tra un lato e l'altro.</translation>
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>6 respiri lenti</translation>
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Meno respiri; solleva le braccia solo fin dove è facile.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation>10 respiri lenti, abbassando le braccia</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>13 respiri lenti</translation>
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation>Più respiri, aggiungendo una leggera inclinazione su ogni lato.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-thoracic-rotation</name>
        <message>
            <source>Seated upper-back twist</source>
            <comment>name</comment>
            <translation>Torsione della parte alta della schiena da seduti</translation>
        </message>
        <message>
            <source>Turns the upper back gently both ways from your chair, hips staying put.</source>
            <comment>summary</comment>
            <translation>Ruota dolcemente la parte alta della schiena nei due sensi dalla sedia, con le anche ferme.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation>5 rotazioni per lato</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 turns each way.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 5 rotazioni per lato.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una sedia che non possa scivolare via: senza ruote, o con le ruote bloccate.</translation>
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[1]</comment>
            <translation>La schiena si fa sentire? Ruota poco e lentamente.</translation>
        </message>
        <message>
            <source>Sit tall near the front of your seat, feet flat, arms crossed on your chest.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti verso il bordo della seduta, schiena dritta, piedi a terra, braccia incrociate sul petto.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Espira e ruota il petto verso sinistra, guidando con lo sguardo. Torna al centro. 5 volte.</translation>
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, knees pointing ahead.</source>
            <comment>steps[2].text</comment>
            <translation>Ora ruota allo stesso modo verso destra, 5 volte, con le ginocchia rivolte in avanti.</translation>
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 rotazioni per lato</translation>
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation>Meno rotazioni, più piccole.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 rotazioni per lato</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation>7 rotazioni per lato</translation>
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation>Più rotazioni, espirando mentre ruoti.</translation>
        </message>
    </context>
    <context>
        <name>exercise:short-walk</name>
        <message>
            <source>Short walk</source>
            <comment>name</comment>
            <translation>Breve camminata</translation>
        </message>
        <message>
            <source>Two minutes on your feet, the simplest way to get the blood moving again.</source>
            <comment>summary</comment>
            <translation>Due minuti in piedi, il modo più semplice per rimettere in moto la circolazione.</translation>
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>dose</comment>
            <translation>circa 2 minuti</translation>
        </message>
        <message>
            <source>About 2 minutes of light walking, as in the sitting study cited; the guides give 1-5 minutes.</source>
            <comment>dose_basis</comment>
            <translation>Circa 2 minuti di camminata leggera, come nello studio sulla sedentarietà citato; le guide indicano 1-5 minuti.</translation>
        </message>
        <message>
            <source>Walking hard for you today? The seated march is a good swap.</source>
            <comment>cautions[0]</comment>
            <translation>Oggi camminare è difficile per te? La marcia da seduti è una buona alternativa.</translation>
        </message>
        <message>
            <source>Stand up, stretch tall and set off at an easy pace.</source>
            <comment>steps[0].text</comment>
            <translation>Alzati, allungati e parti con passo tranquillo.</translation>
        </message>
        <message>
            <source>Walk for about two minutes: refill your water, take the long way, or climb a flight.</source>
            <comment>steps[1].text</comment>
            <translation>Cammina per circa due minuti: riempi la borraccia, fai il giro lungo o sali una rampa di scale.</translation>
        </message>
        <message>
            <source>Stroll back, roll your shoulders and settle in.</source>
            <comment>steps[2].text</comment>
            <translation>Torna con calma, ruota le spalle e rimettiti comodo.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[0].dose</comment>
            <translation>circa 1 minuto</translation>
        </message>
        <message>
            <source>A shorter walk at an easy pace.</source>
            <comment>levels[0].how</comment>
            <translation>Una camminata più breve a passo tranquillo.</translation>
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>levels[1].dose</comment>
            <translation>circa 2 minuti</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>about 3 minutes</source>
            <comment>levels[2].dose</comment>
            <translation>circa 3 minuti</translation>
        </message>
        <message>
            <source>A longer walk, or take the stairs.</source>
            <comment>levels[2].how</comment>
            <translation>Una camminata più lunga, o prendi le scale.</translation>
        </message>
    </context>
    <context>
        <name>exercise:shoulder-blade-squeeze</name>
        <message>
            <source>Shoulder-blade squeezes</source>
            <comment>name</comment>
            <translation>Avvicinamento delle scapole</translation>
        </message>
        <message>
            <source>Wakes up the muscles between your shoulder blades and opens a rounded posture.</source>
            <comment>summary</comment>
            <translation>Risveglia i muscoli tra le scapole e apre una postura curva.</translation>
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>dose</comment>
            <translation>10 avvicinamenti, 3 s ciascuno</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 squeezes held 3-5 s.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 10 avvicinamenti tenuti 3-5 s.</translation>
        </message>
        <message>
            <source>Keep your shoulders away from your ears; no shrugging.</source>
            <comment>cautions[0]</comment>
            <translation>Tieni le spalle lontane dalle orecchie; non alzarle.</translation>
        </message>
        <message>
            <source>Sit or stand tall, elbows bent at your sides, hands in front of you.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti o alzati con la schiena dritta, gomiti piegati lungo i fianchi, mani davanti a te.</translation>
        </message>
        <message>
            <source>Draw your shoulder blades back and down. Hold 3 s, then let go. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Porta le scapole indietro e in basso. Tieni 3 s, poi rilascia. 10 volte.</translation>
        </message>
        <message>
            <source>6 squeezes, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>6 avvicinamenti, 2 s ciascuno</translation>
        </message>
        <message>
            <source>Fewer, gentler squeezes.</source>
            <comment>levels[0].how</comment>
            <translation>Meno avvicinamenti, più leggeri.</translation>
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>10 avvicinamenti, 3 s ciascuno</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>12 squeezes, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>12 avvicinamenti, 5 s ciascuno</translation>
        </message>
        <message>
            <source>More squeezes with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Più avvicinamenti, tenuti più a lungo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:shoulder-rolls</name>
        <message>
            <source>Shoulder rolls</source>
            <comment>name</comment>
            <translation>Rotazioni delle spalle</translation>
        </message>
        <message>
            <source>Big, slow circles that loosen shoulders held still over the keyboard.</source>
            <comment>summary</comment>
            <translation>Cerchi ampi e lenti che sciolgono le spalle rimaste ferme sopra la tastiera.</translation>
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>dose</comment>
            <translation>5 rotazioni per direzione</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 rolls each way.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 5 rotazioni per direzione.</translation>
        </message>
        <message>
            <source>Sit or stand tall and let your shoulders settle.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti o alzati con la schiena dritta e lascia scendere le spalle.</translation>
        </message>
        <message>
            <source>Roll your shoulders up, back and down in slow, big circles. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Ruota le spalle in alto, indietro e in basso, in cerchi lenti e ampi. 5 volte.</translation>
        </message>
        <message>
            <source>Now roll them the other way: up, forward and down. 5 times.</source>
            <comment>steps[2].text</comment>
            <translation>Ora ruotale nell'altro senso: in alto, in avanti e in basso. 5 volte.</translation>
        </message>
        <message>
            <source>3 rolls each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 rotazioni per direzione</translation>
        </message>
        <message>
            <source>Fewer, smaller rolls.</source>
            <comment>levels[0].how</comment>
            <translation>Meno rotazioni, più piccole.</translation>
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 rotazioni per direzione</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>8 rolls each way</source>
            <comment>levels[2].dose</comment>
            <translation>8 rotazioni per direzione</translation>
        </message>
        <message>
            <source>More rolls, slow and as large as is comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Più rotazioni, lente e ampie quanto è comodo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:sit-to-stand</name>
        <message>
            <source>Sit to stand</source>
            <comment>name</comment>
            <translation>Alzarsi e sedersi</translation>
        </message>
        <message>
            <source>From a steady chair, stand up and sit down without your hands, for strong legs.</source>
            <comment>summary</comment>
            <translation>Da una sedia stabile, alzati e siediti senza usare le mani, per gambe forti.</translation>
        </message>
        <message>
            <source>8 stands</source>
            <comment>dose</comment>
            <translation>8 alzate</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 stands.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 8-10 alzate.</translation>
        </message>
        <message>
            <source>Knees complain? Use a higher seat or a cushion, and go slower.</source>
            <comment>cautions[0]</comment>
            <translation>Le ginocchia protestano? Usa una seduta più alta o un cuscino, e vai più piano.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[1]</comment>
            <translation>Usa una sedia che non possa scivolare via: senza ruote, o con le ruote bloccate.</translation>
        </message>
        <message>
            <source>Standing up without your hands is not safe for you today.</source>
            <comment>avoid_if[0]</comment>
            <translation>Alzarti senza usare le mani oggi non è sicuro per te.</translation>
        </message>
        <message>
            <source>Sit near the front of a steady chair, feet hip-width apart and a little back.</source>
            <comment>steps[0].text</comment>
            <translation>Siediti verso la parte anteriore di una sedia stabile, piedi alla larghezza dei fianchi e un po' arretrati.</translation>
        </message>
        <message>
            <source>Lean forward and stand up tall without using your hands; sit down slowly. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Piegati in avanti e alzati del tutto senza usare le mani; siediti lentamente. 8 volte.</translation>
        </message>
        <message>
            <source>5 stands, hands on the thighs</source>
            <comment>levels[0].dose</comment>
            <translation>5 alzate, mani sulle cosce</translation>
        </message>
        <message>
            <source>Fewer stands, pushing up with the hands.</source>
            <comment>levels[0].how</comment>
            <translation>Meno alzate, spingendo con le mani.</translation>
        </message>
        <message>
            <source>8 stands</source>
            <comment>levels[1].dose</comment>
            <translation>8 alzate</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>12 stands, 3 s to sit</source>
            <comment>levels[2].dose</comment>
            <translation>12 alzate, 3 s per sederti</translation>
        </message>
        <message>
            <source>More stands, lowering slowly over three seconds.</source>
            <comment>levels[2].how</comment>
            <translation>Più alzate, scendendo lentamente in tre secondi.</translation>
        </message>
    </context>
    <context>
        <name>exercise:tendon-glides</name>
        <message>
            <source>Tendon glides</source>
            <comment>name</comment>
            <translation>Scivolamenti tendinei</translation>
        </message>
        <message>
            <source>A run of hand shapes that moves every finger joint through its full range.</source>
            <comment>summary</comment>
            <translation>Una sequenza di posizioni della mano che porta ogni articolazione delle dita in tutta la sua escursione.</translation>
        </message>
        <message>
            <source>5 rounds</source>
            <comment>dose</comment>
            <translation>5 giri</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 rounds.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 5 giri.</translation>
        </message>
        <message>
            <source>Joints sore from arthritis? Move gently, only as far as is comfortable.</source>
            <comment>cautions[0]</comment>
            <translation>Articolazioni doloranti per l'artrosi? Muoviti con dolcezza, solo finché è comodo.</translation>
        </message>
        <message>
            <source>Hold one or both hands up, fingers straight and together.</source>
            <comment>steps[0].text</comment>
            <translation>Solleva una mano o entrambe, dita dritte e unite.</translation>
        </message>
        <message>
            <source>Bend the top two finger joints into a hook, big knuckles staying straight.</source>
            <comment>steps[1].text</comment>
            <translation>Piega le ultime due articolazioni delle dita a uncino, con le nocche che restano dritte.</translation>
        </message>
        <message>
            <source>Curl into a soft full fist, then open flat. Go through all 3 shapes 5 times.</source>
            <comment>steps[2].text</comment>
            <translation>Chiudi la mano in un pugno morbido e completo, poi aprila piatta. Ripeti le 3 posizioni 5 volte.</translation>
        </message>
        <message>
            <source>Spread your fingers wide, hold 3 s and relax. 5 times.</source>
            <comment>steps[3].text</comment>
            <translation>Apri bene le dita, tieni 3 s e rilassa. 5 volte.</translation>
        </message>
        <message>
            <source>3 rounds</source>
            <comment>levels[0].dose</comment>
            <translation>3 giri</translation>
        </message>
        <message>
            <source>Fewer rounds, moving gently.</source>
            <comment>levels[0].how</comment>
            <translation>Meno giri, muovendoti con dolcezza.</translation>
        </message>
        <message>
            <source>5 rounds</source>
            <comment>levels[1].dose</comment>
            <translation>5 giri</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>8 rounds</source>
            <comment>levels[2].dose</comment>
            <translation>8 giri</translation>
        </message>
        <message>
            <source>More rounds, holding each position for a moment.</source>
            <comment>levels[2].how</comment>
            <translation>Più giri, tenendo ogni posizione per un momento.</translation>
        </message>
    </context>
    <context>
        <name>exercise:thoracic-rotation</name>
        <message>
            <source>Standing upper-back twist</source>
            <comment>name</comment>
            <translation>Torsione della parte alta della schiena in piedi</translation>
        </message>
        <message>
            <source>Turns the upper back gently both ways to ease the stiffness of facing one screen.</source>
            <comment>summary</comment>
            <translation>Ruota dolcemente la parte alta della schiena nei due sensi contro la rigidità di chi guarda sempre uno schermo.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation>5 rotazioni per lato</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 turns each way.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 5 rotazioni per lato.</translation>
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[0]</comment>
            <translation>La schiena si fa sentire? Ruota poco e lentamente.</translation>
        </message>
        <message>
            <source>Stand tall and cross your arms over your chest, hands on your shoulders.</source>
            <comment>steps[0].text</comment>
            <translation>In piedi con la schiena dritta, incrocia le braccia sul petto, mani sulle spalle.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Espira e ruota il petto verso sinistra, guidando con lo sguardo. Torna al centro. 5 volte.</translation>
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, hips facing forward.</source>
            <comment>steps[2].text</comment>
            <translation>Ora ruota allo stesso modo verso destra, 5 volte, con le anche rivolte in avanti.</translation>
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 rotazioni per lato</translation>
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation>Meno rotazioni, più piccole.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 rotazioni per lato</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation>7 rotazioni per lato</translation>
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation>Più rotazioni, espirando mentre ruoti.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wall-angels</name>
        <message>
            <source>Wall angels</source>
            <comment>name</comment>
            <translation>Angeli al muro</translation>
        </message>
        <message>
            <source>Slide your arms up a wall to open the chest and get the shoulder blades moving.</source>
            <comment>summary</comment>
            <translation>Fai scivolare le braccia su un muro per aprire il petto e mettere in movimento le scapole.</translation>
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>dose</comment>
            <translation>8 scivolamenti lenti</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 6-8 slides.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: 6-8 scivolamenti.</translation>
        </message>
        <message>
            <source>Slide only as high as you can without pain or your back arching off the wall.</source>
            <comment>cautions[0]</comment>
            <translation>Sali solo fin dove riesci senza dolore e senza che la schiena si stacchi dal muro.</translation>
        </message>
        <message>
            <source>Stand with your back, head and bottom against a wall, feet a small step forward.</source>
            <comment>steps[0].text</comment>
            <translation>Appoggia schiena, testa e glutei a un muro, piedi un piccolo passo in avanti.</translation>
        </message>
        <message>
            <source>Raise your arms into a W, elbows and backs of the hands touching the wall.</source>
            <comment>steps[1].text</comment>
            <translation>Solleva le braccia a W, gomiti e dorso delle mani a contatto con il muro.</translation>
        </message>
        <message>
            <source>Slide your arms up into a Y, then back down to the W. 8 times, slowly.</source>
            <comment>steps[2].text</comment>
            <translation>Fai scivolare le braccia in alto fino a una Y, poi torna giù alla W. 8 volte, lentamente.</translation>
        </message>
        <message>
            <source>5 slow slides</source>
            <comment>levels[0].dose</comment>
            <translation>5 scivolamenti lenti</translation>
        </message>
        <message>
            <source>Fewer slides, arms only to shoulder height.</source>
            <comment>levels[0].how</comment>
            <translation>Meno scivolamenti, braccia solo fino all'altezza delle spalle.</translation>
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>levels[1].dose</comment>
            <translation>8 scivolamenti lenti</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>10 slow slides</source>
            <comment>levels[2].dose</comment>
            <translation>10 scivolamenti lenti</translation>
        </message>
        <message>
            <source>More slides, reaching higher if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Più scivolamenti, salendo più in alto se resta comodo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wrist-extensor-stretch</name>
        <message>
            <source>Wrist stretch, back of the forearm</source>
            <comment>name</comment>
            <translation>Allungamento del polso, dorso dell'avambraccio</translation>
        </message>
        <message>
            <source>Stretches the top of the forearm, the muscles that hold your hands up to type.</source>
            <comment>summary</comment>
            <translation>Allunga la parte superiore dell'avambraccio, i muscoli che tengono sollevate le mani per scrivere.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation>15 s per braccio</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: holds of about 15 s.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: tenute di circa 15 s.</translation>
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation>Tunnel carpale o tendini doloranti in fase acuta? Allunga molto leggermente, o salta questo esercizio.</translation>
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight, palm down.</source>
            <comment>steps[0].text</comment>
            <translation>Distendi un braccio in avanti all'altezza della spalla, gomito teso, palmo verso il basso.</translation>
        </message>
        <message>
            <source>With your other hand, ease the back of the hand down until you feel a mild stretch.</source>
            <comment>steps[1].text</comment>
            <translation>Con l'altra mano, spingi dolcemente il dorso della mano verso il basso finché senti un leggero allungamento.</translation>
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation>Rilascia lentamente, cambia braccio e allunga l'altro lato per 15 s.</translation>
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation>10 s per braccio</translation>
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation>Tenute più brevi e più leggere, con il gomito morbido.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation>15 s per braccio</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation>30 s per braccio</translation>
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation>Tenute più lunghe per ogni braccio.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wrist-flexor-stretch</name>
        <message>
            <source>Wrist stretch, palm side</source>
            <comment>name</comment>
            <translation>Allungamento del polso, lato del palmo</translation>
        </message>
        <message>
            <source>Stretches the underside of the forearm, which works hard when you grip a mouse.</source>
            <comment>summary</comment>
            <translation>Allunga la parte inferiore dell'avambraccio, che lavora molto quando impugni il mouse.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation>15 s per braccio</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: holds of about 15 s.</source>
            <comment>dose_basis</comment>
            <translation>Entro quanto consigliano le guide agli esercizi su cui si basa DeskCoach: tenute di circa 15 s.</translation>
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation>Tunnel carpale o tendini doloranti in fase acuta? Allunga molto leggermente, o salta questo esercizio.</translation>
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight.</source>
            <comment>steps[0].text</comment>
            <translation>Distendi un braccio in avanti all'altezza della spalla, gomito teso.</translation>
        </message>
        <message>
            <source>Point the fingers up and use the other hand to ease them back toward you. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Punta le dita verso l'alto e usa l'altra mano per portarle dolcemente verso di te. Tieni.</translation>
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation>Rilascia lentamente, cambia braccio e allunga l'altro lato per 15 s.</translation>
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation>10 s per braccio</translation>
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation>Tenute più brevi e più leggere, con il gomito morbido.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation>15 s per braccio</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Come descritto nei passaggi.</translation>
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation>30 s per braccio</translation>
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation>Tenute più lunghe per ogni braccio.</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:chair</name>
        <message>
            <source>Chair</source>
            <comment>title</comment>
            <translation>Sedia</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:desk</name>
        <message>
            <source>Desk</source>
            <comment>title</comment>
            <translation>Scrivania</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:screen</name>
        <message>
            <source>Screen</source>
            <comment>title</comment>
            <translation>Schermo</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:keyboard_mouse</name>
        <message>
            <source>Keyboard and mouse</source>
            <comment>title</comment>
            <translation>Tastiera e mouse</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:laptop</name>
        <message>
            <source>Laptop</source>
            <comment>title</comment>
            <translation>Portatile</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:environment</name>
        <message>
            <source>Light, air and space</source>
            <comment>title</comment>
            <translation>Luce, aria e spazio</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:habits</name>
        <message>
            <source>Habits</source>
            <comment>title</comment>
            <translation>Abitudini</translation>
        </message>
    </context>
    <context>
        <name>checklist:C1</name>
        <message>
            <source>Are your feet flat on the floor (or a footrest), with your thighs about level?</source>
            <comment>question</comment>
            <translation>I tuoi piedi poggiano bene a terra (o su un poggiapiedi), con le cosce più o meno orizzontali?</translation>
        </message>
        <message>
            <source>At the right seat height your weight rests evenly and the seat edge doesn't press into your thighs.</source>
            <comment>why</comment>
            <translation>Alla giusta altezza della seduta il peso si distribuisce in modo uniforme e il bordo della sedia non preme sulle cosce.</translation>
        </message>
        <message>
            <source>Raise or lower the seat until your thighs are level; if your feet then dangle, add a footrest or a sturdy box.</source>
            <comment>fix</comment>
            <translation>Alza o abbassa la seduta finché le cosce sono orizzontali; se poi i piedi restano sospesi, aggiungi un poggiapiedi o una scatola robusta.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C2</name>
        <message>
            <source>Does the backrest fit into the curve of your lower back?</source>
            <comment>question</comment>
            <translation>Lo schienale segue la curva della parte bassa della tua schiena?</translation>
        </message>
        <message>
            <source>With support in the small of your back, sitting upright takes no effort.</source>
            <comment>why</comment>
            <translation>Con un sostegno nella zona lombare, stare seduti dritti non richiede alcuno sforzo.</translation>
        </message>
        <message>
            <source>Move the backrest or its lumbar pad to belt height (15-25 cm above the seat); a rolled towel works too.</source>
            <comment>fix</comment>
            <translation>Porta lo schienale o il suo supporto lombare all'altezza della cintura (15-25 cm sopra la seduta); va bene anche un asciugamano arrotolato.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C3</name>
        <message>
            <source>Sitting back, can you fit 2-3 fingers between the seat's front edge and the backs of your knees?</source>
            <comment>question</comment>
            <translation>Con la schiena appoggiata, riesci a infilare 2-3 dita tra il bordo anteriore della seduta e l'incavo delle ginocchia?</translation>
        </message>
        <message>
            <source>A seat that is too deep presses behind your knees or pushes you forward, away from the backrest.</source>
            <comment>why</comment>
            <translation>Una seduta troppo profonda preme dietro le ginocchia o ti spinge in avanti, lontano dallo schienale.</translation>
        </message>
        <message>
            <source>Slide the seat back if it adjusts; if not, put a firm cushion behind your back to bring you forward.</source>
            <comment>fix</comment>
            <translation>Fai scorrere la seduta indietro se è regolabile; altrimenti metti un cuscino rigido dietro la schiena per portarti in avanti.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C4</name>
        <message>
            <source>Do the armrests let you sit close to the desk with your shoulders relaxed?</source>
            <comment>question</comment>
            <translation>I braccioli ti permettono di sederti vicino alla scrivania con le spalle rilassate?</translation>
        </message>
        <message>
            <source>High armrests hitch your shoulders up, and armrests that bump the desk keep you from sitting close.</source>
            <comment>why</comment>
            <translation>Braccioli alti ti fanno alzare le spalle, e braccioli che urtano la scrivania ti impediscono di avvicinarti.</translation>
        </message>
        <message>
            <source>Lower the armrests or swing them out of the way; if they don't adjust, ask whether they can come off.</source>
            <comment>fix</comment>
            <translation>Abbassa i braccioli o spostali di lato; se non sono regolabili, chiedi se si possono togliere.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C5</name>
        <message>
            <source>Is your chair steady and in good repair, and do you know what each of its levers does?</source>
            <comment>question</comment>
            <translation>La tua sedia è stabile e in buono stato, e sai a cosa serve ciascuna delle sue leve?</translation>
        </message>
        <message>
            <source>A chair only fits you if it works and you know how to adjust it.</source>
            <comment>why</comment>
            <translation>Una sedia è adatta a te solo se funziona e sai come regolarla.</translation>
        </message>
        <message>
            <source>Report broken or wobbly parts for repair; ask for a quick demo of the levers, or look up the chair's model.</source>
            <comment>fix</comment>
            <translation>Segnala le parti rotte o traballanti per farle riparare; chiedi una breve dimostrazione delle leve, o cerca il modello della sedia.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C6</name>
        <message>
            <source>Do you sit right back in the seat, with the backrest upright or tilted back slightly?</source>
            <comment>question</comment>
            <translation>Ti siedi bene in fondo alla seduta, con lo schienale dritto o leggermente inclinato all'indietro?</translation>
        </message>
        <message>
            <source>Leaning on a backrest set a little past upright takes load off your lower back; perching forward takes it all.</source>
            <comment>why</comment>
            <translation>Appoggiarsi a uno schienale un po' inclinato scarica la parte bassa della schiena; seduti sul bordo, il peso è tutto su di lei.</translation>
        </message>
        <message>
            <source>Slide your hips to the back of the seat and set the backrest just past upright (about 100-110 degrees).</source>
            <comment>fix</comment>
            <translation>Porta il bacino in fondo alla seduta e inclina lo schienale appena oltre la verticale (circa 100-110 gradi).</translation>
        </message>
    </context>
    <context>
        <name>checklist:D1</name>
        <message>
            <source>Is there clear room under the desk for your thighs, knees and feet?</source>
            <comment>question</comment>
            <translation>Sotto la scrivania c'è spazio libero per cosce, ginocchia e piedi?</translation>
        </message>
        <message>
            <source>Boxes or drawers under the desk make you sit twisted or perched away from it.</source>
            <comment>why</comment>
            <translation>Scatole o cassetti sotto la scrivania ti costringono a sederti storto o lontano dal piano.</translation>
        </message>
        <message>
            <source>Store things elsewhere; if your knees touch the underside, raise the desk, or lower the seat and add a footrest.</source>
            <comment>fix</comment>
            <translation>Metti le cose altrove; se le ginocchia toccano il piano da sotto, alza la scrivania, oppure abbassa la seduta e aggiungi un poggiapiedi.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D2</name>
        <message>
            <source>Is the desk big enough to lay out your screen, keyboard and papers without squeezing?</source>
            <comment>question</comment>
            <translation>La scrivania è abbastanza grande per schermo, tastiera e documenti senza stare stretti?</translation>
        </message>
        <message>
            <source>On a crowded desk the screen ends up too close and the keyboard off to one side.</source>
            <comment>why</comment>
            <translation>Su una scrivania affollata lo schermo finisce troppo vicino e la tastiera di lato.</translation>
        </message>
        <message>
            <source>Clear off what you don't use daily and push the screen further back; ask for a bigger desk if it still won't fit.</source>
            <comment>fix</comment>
            <translation>Togli ciò che non usi ogni giorno e spingi lo schermo più indietro; se ancora non ci sta, chiedi una scrivania più grande.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D3</name>
        <message>
            <source>Can you reach the things you use often (phone, notes, mouse) without stretching?</source>
            <comment>question</comment>
            <translation>Riesci a raggiungere le cose che usi spesso (telefono, appunti, mouse) senza allungarti?</translation>
        </message>
        <message>
            <source>Stretching out for the same things many times a day tires your shoulders and back.</source>
            <comment>why</comment>
            <translation>Allungarsi verso le stesse cose molte volte al giorno affatica spalle e schiena.</translation>
        </message>
        <message>
            <source>Keep what you use daily within a forearm's reach and move the rarely used things further out.</source>
            <comment>fix</comment>
            <translation>Tieni ciò che usi ogni giorno a portata di avambraccio e sposta più lontano ciò che usi di rado.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D4</name>
        <message>
            <source>If you have a sit-stand desk, do you switch between sitting and standing through the day?</source>
            <comment>question</comment>
            <translation>Se hai una scrivania regolabile in altezza, alterni la posizione seduta e quella in piedi durante la giornata?</translation>
        </message>
        <message>
            <source>A sit-stand desk only helps when you actually change position; either posture held all day is tiring.</source>
            <comment>why</comment>
            <translation>Una scrivania regolabile aiuta solo se cambi davvero posizione; qualsiasi postura mantenuta tutto il giorno stanca.</translation>
        </message>
        <message>
            <source>Swap about every 30 minutes to start with; a DeskCoach break is a handy moment to change.</source>
            <comment>fix</comment>
            <translation>All'inizio cambia circa ogni 30 minuti; una pausa di DeskCoach è un buon momento per farlo.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D5</name>
        <message>
            <source>When you stand to work, are the desk and screen set for standing, and your feet comfortable?</source>
            <comment>question</comment>
            <translation>Quando lavori in piedi, scrivania e schermo sono regolati per stare in piedi, e i tuoi piedi stanno comodi?</translation>
        </message>
        <message>
            <source>A standing desk left at sitting height, or hard floor in thin shoes, soon makes standing a strain.</source>
            <comment>why</comment>
            <translation>Una scrivania lasciata all'altezza da seduti, o un pavimento duro con scarpe sottili, rende presto faticoso stare in piedi.</translation>
        </message>
        <message>
            <source>Raise the desk until your forearms are level with it and the screen with it; wear supportive shoes or stand on a mat.</source>
            <comment>fix</comment>
            <translation>Alza la scrivania finché gli avambracci sono al suo livello, e lo schermo di conseguenza; indossa scarpe che sostengono il piede o usa un tappetino.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D6</name>
        <message>
            <source>At home or at a shared desk, do you set the chair, desk and screen to fit you before you start?</source>
            <comment>question</comment>
            <translation>A casa o a una postazione condivisa, regoli sedia, scrivania e schermo su di te prima di iniziare?</translation>
        </message>
        <message>
            <source>A desk set up for someone else, or a kitchen table, fits you only by chance.</source>
            <comment>why</comment>
            <translation>Una postazione regolata per qualcun altro, o un tavolo da cucina, va bene per te solo per caso.</translation>
        </message>
        <message>
            <source>Take two minutes at the start: seat height, backrest, screen height and distance, keyboard; this checklist is the list.</source>
            <comment>fix</comment>
            <translation>Prenditi due minuti all'inizio: altezza della seduta, schienale, altezza e distanza dello schermo, tastiera; questa lista di controllo è il tuo promemoria.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S1</name>
        <message>
            <source>Is the top of the screen at or slightly below eye level (lower if you wear bifocals)?</source>
            <comment>question</comment>
            <translation>Il bordo superiore dello schermo è all'altezza degli occhi o poco sotto (più in basso se porti lenti progressive)?</translation>
        </message>
        <message>
            <source>A screen set too high tips your head back; one set too low pulls it forward and down.</source>
            <comment>why</comment>
            <translation>Uno schermo troppo alto fa piegare la testa all'indietro; uno troppo basso la tira in avanti e in giù.</translation>
        </message>
        <message>
            <source>Raise the screen on a riser, monitor arm or books until the top line meets your eyes; bifocal wearers, go lower.</source>
            <comment>fix</comment>
            <translation>Alza lo schermo con un rialzo, un braccio porta-monitor o dei libri finché la prima riga è all'altezza degli occhi; con lenti progressive, più in basso.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S2</name>
        <message>
            <source>Is the screen at least an arm's length away, with text you can read without leaning in?</source>
            <comment>question</comment>
            <translation>Lo schermo è ad almeno un braccio di distanza, con un testo che leggi senza sporgerti?</translation>
        </message>
        <message>
            <source>Too close and your eyes work hard to focus; too far and you lean forward to read.</source>
            <comment>why</comment>
            <translation>Se è troppo vicino gli occhi faticano a mettere a fuoco; se è troppo lontano ti sporgi in avanti per leggere.</translation>
        </message>
        <message>
            <source>Put it at least an arm's length away (about 50 cm or more; farther for a big screen), then enlarge the text if needed.</source>
            <comment>fix</comment>
            <translation>Mettilo ad almeno un braccio di distanza (circa 50 cm o più; di più per uno schermo grande), poi ingrandisci il testo se serve.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S3</name>
        <message>
            <source>Is the screen you use most straight in front of you, so you don't turn your head to see it?</source>
            <comment>question</comment>
            <translation>Lo schermo che usi di più è proprio davanti a te, così non devi girare la testa per vederlo?</translation>
        </message>
        <message>
            <source>Looking off to one side for hours keeps your neck twisted.</source>
            <comment>why</comment>
            <translation>Guardare di lato per ore tiene il collo girato.</translation>
        </message>
        <message>
            <source>Centre your main screen behind the keyboard; with two screens used equally, put the gap between them in the middle.</source>
            <comment>fix</comment>
            <translation>Centra lo schermo principale dietro la tastiera; con due schermi usati allo stesso modo, metti lo spazio tra i due al centro.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S4</name>
        <message>
            <source>Can you read the screen without bright patches or mirror images of lights and windows on it?</source>
            <comment>question</comment>
            <translation>Riesci a leggere lo schermo senza zone chiare o riflessi di lampade e finestre?</translation>
        </message>
        <message>
            <source>Light bouncing off the screen fades the text, and you end up squinting or ducking your head around it.</source>
            <comment>why</comment>
            <translation>La luce riflessa dallo schermo sbiadisce il testo, e finisci per strizzare gli occhi o spostare la testa per evitarla.</translation>
        </message>
        <message>
            <source>Set the screen side-on to windows, draw the blinds when the sun is low, and tip the screen until the lamps vanish from it.</source>
            <comment>fix</comment>
            <translation>Metti lo schermo di fianco alle finestre, abbassa le tende quando il sole è basso e inclina lo schermo finché le lampade non si vedono più.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S5</name>
        <message>
            <source>Are brightness and contrast comfortable, and is the picture steady, without flicker?</source>
            <comment>question</comment>
            <translation>Luminosità e contrasto sono confortevoli, e l'immagine è stabile, senza sfarfallio?</translation>
        </message>
        <message>
            <source>A dim, glaring or flickering picture makes reading hard work.</source>
            <comment>why</comment>
            <translation>Un'immagine scura, abbagliante o tremolante rende faticosa la lettura.</translation>
        </message>
        <message>
            <source>Match the screen's brightness to the room in the display settings; report flicker that the settings don't cure.</source>
            <comment>fix</comment>
            <translation>Adatta la luminosità dello schermo all'ambiente nelle impostazioni dello schermo; segnala uno sfarfallio che le impostazioni non risolvono.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S6</name>
        <message>
            <source>If you type from papers, are they held up near the screen rather than flat on the desk?</source>
            <comment>question</comment>
            <translation>Se scrivi copiando da documenti, sono sollevati vicino allo schermo invece che appoggiati sulla scrivania?</translation>
        </message>
        <message>
            <source>Looking down at papers and up at the screen again and again keeps your neck bobbing.</source>
            <comment>why</comment>
            <translation>Guardare giù verso i fogli e di nuovo su verso lo schermo, in continuazione, fa andare su e giù il collo.</translation>
        </message>
        <message>
            <source>Put a document holder beside the screen, or between the keyboard and the screen, at about screen height.</source>
            <comment>fix</comment>
            <translation>Metti un leggio porta-documenti accanto allo schermo, o tra tastiera e schermo, più o meno all'altezza dello schermo.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K1</name>
        <message>
            <source>When you type, are your elbows at about a right angle, shoulders relaxed and wrists straight?</source>
            <comment>question</comment>
            <translation>Quando scrivi, i gomiti formano circa un angolo retto, con le spalle rilassate e i polsi dritti?</translation>
        </message>
        <message>
            <source>With the keys at elbow height your shoulders can drop and your wrists stay straight.</source>
            <comment>why</comment>
            <translation>Con i tasti all'altezza dei gomiti le spalle possono scendere e i polsi restano dritti.</translation>
        </message>
        <message>
            <source>Adjust the chair until your forearms are level with the keys (add a footrest if needed) and fold the keyboard's feet flat.</source>
            <comment>fix</comment>
            <translation>Regola la sedia finché gli avambracci sono all'altezza dei tasti (aggiungi un poggiapiedi se serve) e chiudi i piedini della tastiera.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K2</name>
        <message>
            <source>Is there room in front of the keyboard to rest your hands when you pause?</source>
            <comment>question</comment>
            <translation>Davanti alla tastiera c'è spazio per appoggiare le mani quando fai una pausa?</translation>
        </message>
        <message>
            <source>A place to rest your hands lets your arms relax instead of hovering over the keys.</source>
            <comment>why</comment>
            <translation>Un posto dove appoggiare le mani lascia rilassare le braccia invece di tenerle sospese sopra i tasti.</translation>
        </message>
        <message>
            <source>Move the keyboard back from the desk edge so your hands and wrists have room in front of it.</source>
            <comment>fix</comment>
            <translation>Sposta la tastiera indietro dal bordo della scrivania, così mani e polsi hanno spazio davanti.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K3</name>
        <message>
            <source>Is your mouse right next to the keyboard, at the same height?</source>
            <comment>question</comment>
            <translation>Il mouse è proprio accanto alla tastiera, alla stessa altezza?</translation>
        </message>
        <message>
            <source>A mouse out at the side or on a higher shelf keeps your arm reaching away from your body.</source>
            <comment>why</comment>
            <translation>Un mouse lontano di lato o su un ripiano più alto costringe il braccio a restare allungato lontano dal corpo.</translation>
        </message>
        <message>
            <source>Bring the mouse in close; a keyboard without a number pad shortens the reach, or try mousing with the other hand.</source>
            <comment>fix</comment>
            <translation>Avvicina il mouse; una tastiera senza tastierino numerico accorcia la distanza, oppure prova a usare il mouse con l'altra mano.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K4</name>
        <message>
            <source>Does your mouse fit your hand, with the pointer moving at a speed that feels right?</source>
            <comment>question</comment>
            <translation>Il mouse si adatta alla tua mano, con il puntatore che si muove a una velocità giusta per te?</translation>
        </message>
        <message>
            <source>An awkward mouse or a sluggish pointer makes you grip harder and move your arm more.</source>
            <comment>why</comment>
            <translation>Un mouse scomodo o un puntatore lento ti fanno stringere di più e muovere di più il braccio.</translation>
        </message>
        <message>
            <source>Set the pointer speed in the mouse settings; if it still feels wrong, ask to try another mouse or a trackball.</source>
            <comment>fix</comment>
            <translation>Imposta la velocità del puntatore nelle impostazioni del mouse; se non va ancora bene, chiedi di provare un altro mouse o una trackball.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K5</name>
        <message>
            <source>Is the keyboard centred in front of you, with the B key roughly in line with your navel?</source>
            <comment>question</comment>
            <translation>La tastiera è centrata davanti a te, con il tasto B più o meno in linea con l'ombelico?</translation>
        </message>
        <message>
            <source>Typing on a keyboard pushed off to one side keeps your arms and upper back turned all day.</source>
            <comment>why</comment>
            <translation>Scrivere su una tastiera spostata di lato tiene braccia e parte alta della schiena girate tutto il giorno.</translation>
        </message>
        <message>
            <source>Slide the keyboard so its letter keys (not the whole board) sit in front of you; the B key lines up with your navel.</source>
            <comment>fix</comment>
            <translation>Sposta la tastiera in modo che i tasti delle lettere (non tutta la tastiera) siano davanti a te; il tasto B è in linea con l'ombelico.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K6</name>
        <message>
            <source>If you have a wrist or palm rest, do you lean on it only while pausing, not while typing?</source>
            <comment>question</comment>
            <translation>Se hai un poggiapolsi, ti ci appoggi solo durante le pause e non mentre scrivi?</translation>
        </message>
        <message>
            <source>Pressing your wrists on a rest while you type bends them and presses on the tissues inside.</source>
            <comment>why</comment>
            <translation>Premere i polsi su un appoggio mentre scrivi li piega e comprime i tessuti all'interno.</translation>
        </message>
        <message>
            <source>Let your hands float over the keys as you type and rest the heels of your hands on the rest only in pauses.</source>
            <comment>fix</comment>
            <translation>Lascia fluttuare le mani sopra i tasti mentre scrivi e appoggia la base dei palmi sul poggiapolsi solo nelle pause.</translation>
        </message>
    </context>
    <context>
        <name>checklist:L1</name>
        <message>
            <source>For longer spells on the laptop, do you use a separate keyboard and mouse, with its screen raised?</source>
            <comment>question</comment>
            <translation>Per lunghi periodi al portatile, usi tastiera e mouse separati, con lo schermo sollevato?</translation>
        </message>
        <message>
            <source>On a laptop the screen and keys are joined, so one of them is always at the wrong height.</source>
            <comment>why</comment>
            <translation>Nel portatile schermo e tastiera sono uniti, quindi uno dei due è sempre all'altezza sbagliata.</translation>
        </message>
        <message>
            <source>Raise the laptop on a stand so the screen is at eye level and plug in a keyboard and mouse, or use a dock and monitor.</source>
            <comment>fix</comment>
            <translation>Metti il portatile su un supporto con lo schermo all'altezza degli occhi e collega tastiera e mouse, oppure usa una docking station e un monitor.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E1</name>
        <message>
            <source>Is there enough light to read papers easily, without it glaring on the screen?</source>
            <comment>question</comment>
            <translation>C'è abbastanza luce per leggere i documenti con facilità, senza riflessi sullo schermo?</translation>
        </message>
        <message>
            <source>Too little light makes you lean in; too much, or in the wrong place, bounces off screen and paper.</source>
            <comment>why</comment>
            <translation>Con poca luce ti sporgi in avanti; con troppa, o nel posto sbagliato, si riflette su schermo e carta.</translation>
        </message>
        <message>
            <source>Add a desk lamp aimed at your papers, not the screen, or move out from under a bright ceiling light.</source>
            <comment>fix</comment>
            <translation>Aggiungi una lampada da scrivania puntata sui documenti, non sullo schermo, o spostati da sotto una luce a soffitto troppo forte.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E2</name>
        <message>
            <source>Are the noise, temperature and air (not too dry or stuffy) comfortable where you work?</source>
            <comment>question</comment>
            <translation>Rumore, temperatura e aria (non troppo secca né viziata) sono confortevoli dove lavori?</translation>
        </message>
        <message>
            <source>A noisy, stuffy, hot or cold room wears down your comfort and concentration over a day.</source>
            <comment>why</comment>
            <translation>Una stanza rumorosa, con aria viziata, calda o fredda logora il comfort e la concentrazione nel corso della giornata.</translation>
        </message>
        <message>
            <source>Tell facilities what bothers you and when it happens; meanwhile a fan, an extra layer or headphones can help.</source>
            <comment>fix</comment>
            <translation>Comunica ai servizi generali cosa ti disturba e quando succede; nel frattempo possono aiutare un ventilatore, uno strato in più o delle cuffie.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E3</name>
        <message>
            <source>Is there room around your chair to shift position, stand up and stretch?</source>
            <comment>question</comment>
            <translation>C'è spazio intorno alla sedia per cambiare posizione, alzarti e allungarti?</translation>
        </message>
        <message>
            <source>Moving often is easy only when there is space to do it.</source>
            <comment>why</comment>
            <translation>Muoversi spesso è facile solo se c'è spazio per farlo.</translation>
        </message>
        <message>
            <source>Clear the floor around your chair and rearrange the furniture; ask facilities if the space is simply too small.</source>
            <comment>fix</comment>
            <translation>Libera il pavimento intorno alla sedia e risistema i mobili; chiedi ai servizi generali se lo spazio è semplicemente troppo piccolo.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H1</name>
        <message>
            <source>Do you break up screen work at least once an hour with a short pause or an off-screen task?</source>
            <comment>question</comment>
            <translation>Interrompi il lavoro al computer almeno una volta all'ora con una breve pausa o un'attività lontano dallo schermo?</translation>
        </message>
        <message>
            <source>Short, frequent breaks suit screen work better than long, rare ones.</source>
            <comment>why</comment>
            <translation>Pause brevi e frequenti si adattano al lavoro allo schermo meglio di pause lunghe e rare.</translation>
        </message>
        <message>
            <source>Turn on DeskCoach's breaks, and save calls, filing and printing for the gaps between screen spells.</source>
            <comment>fix</comment>
            <translation>Attiva le pause di DeskCoach e tieni telefonate, archiviazione e stampe per gli intervalli tra un periodo allo schermo e l'altro.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H2</name>
        <message>
            <source>Do you rest your eyes often, looking into the distance and blinking fully for a few seconds?</source>
            <comment>question</comment>
            <translation>Fai riposare spesso gli occhi, guardando lontano e sbattendo bene le palpebre per qualche secondo?</translation>
        </message>
        <message>
            <source>People blink less while reading a screen, and hours of close focus are tiring for the eyes.</source>
            <comment>why</comment>
            <translation>Davanti a uno schermo si sbattono meno le palpebre, e ore di messa a fuoco ravvicinata stancano gli occhi.</translation>
        </message>
        <message>
            <source>Every 20 minutes or so, look at something about 6 m (20 ft) away for 20 seconds and blink fully a few times.</source>
            <comment>fix</comment>
            <translation>Più o meno ogni 20 minuti, guarda qualcosa a circa 6 m (20 ft) di distanza per 20 secondi e sbatti bene le palpebre alcune volte.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H3</name>
        <message>
            <source>Have you had an eye test recently?</source>
            <comment>question</comment>
            <translation>Hai fatto di recente un controllo della vista?</translation>
        </message>
        <message>
            <source>Some people need glasses made for screen distance; an eye test is how to find out.</source>
            <comment>why</comment>
            <translation>Alcune persone hanno bisogno di occhiali fatti per la distanza dello schermo; un controllo della vista permette di scoprirlo.</translation>
        </message>
        <message>
            <source>Ask your manager or HR: in the UK and EU, employers arrange an eye test for screen users who ask for one.</source>
            <comment>fix</comment>
            <translation>Chiedi al responsabile o alle risorse umane: in UE e Regno Unito il datore di lavoro organizza un controllo della vista a chi lo chiede.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H4</name>
        <message>
            <source>Has someone shown you how to adjust your chair, desk and screen to fit you?</source>
            <comment>question</comment>
            <translation>Qualcuno ti ha mostrato come regolare sedia, scrivania e schermo su di te?</translation>
        </message>
        <message>
            <source>Adjustable furniture only helps if you know how to set it.</source>
            <comment>why</comment>
            <translation>I mobili regolabili aiutano solo se sai come regolarli.</translation>
        </message>
        <message>
            <source>Ask your manager for a short workstation set-up session, or go through this checklist with each control in hand.</source>
            <comment>fix</comment>
            <translation>Chiedi al tuo responsabile una breve sessione per regolare la tua postazione di lavoro, o ripercorri questa lista di controllo provando ogni comando.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H5</name>
        <message>
            <source>Are you free of aches, tingling or eye strain that you put down to your work?</source>
            <comment>question</comment>
            <translation>Riesci a lavorare senza dolori, formicolii o affaticamento degli occhi dovuti al lavoro?</translation>
        </message>
        <message>
            <source>Discomfort that keeps coming back is worth raising early, while it is easy to act on.</source>
            <comment>why</comment>
            <translation>Un fastidio che continua a tornare va segnalato presto, quando è ancora facile intervenire.</translation>
        </message>
        <message>
            <source>Tell your manager so your workstation can be looked at again, and see a health professional if it lasts.</source>
            <comment>fix</comment>
            <translation>Informa il tuo responsabile perché la tua postazione venga ricontrollata, e rivolgiti a un professionista sanitario se il fastidio persiste.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H6</name>
        <message>
            <source>For long calls, do you use a headset rather than holding the phone between your ear and shoulder?</source>
            <comment>question</comment>
            <translation>Per le chiamate lunghe usi delle cuffie invece di tenere il telefono tra orecchio e spalla?</translation>
        </message>
        <message>
            <source>Clamping a phone with your shoulder holds your neck bent to one side for the whole call.</source>
            <comment>why</comment>
            <translation>Stringere il telefono con la spalla tiene il collo piegato di lato per tutta la chiamata.</translation>
        </message>
        <message>
            <source>Use a headset or earphones for calls longer than a few minutes, or the speaker when you are on your own.</source>
            <comment>fix</comment>
            <translation>Usa cuffie o auricolari per le chiamate di più di qualche minuto, o il vivavoce quando non c'è nessuno intorno.</translation>
        </message>
    </context>
</TS>
