<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>exercise:ankle-pumps</name>
        <message>
            <source>Ankle pumps and circles</source>
            <comment>name</comment>
            <translation>Flexions et cercles des chevilles</translation>
        </message>
        <message>
            <source>Point, flex and circle your feet to keep the blood moving in your lower legs.</source>
            <comment>summary</comment>
            <translation>Pointez, fléchissez et faites tourner les pieds pour garder le sang en mouvement dans le bas des jambes.</translation>
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>dose</comment>
            <translation>10 flexions et 10 cercles par pied</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 pumps and 10 circles.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 10 flexions et 10 cercles.</translation>
        </message>
        <message>
            <source>Stretch one leg out in front, heel on the floor, and point your toes away.</source>
            <comment>steps[0].text</comment>
            <translation>Tendez une jambe devant vous, talon au sol, et pointez les orteils vers l'avant.</translation>
        </message>
        <message>
            <source>Pull your toes back toward you, then point them again. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Ramenez les orteils vers vous, puis pointez-les à nouveau. 10 fois.</translation>
        </message>
        <message>
            <source>Draw slow circles with your foot, 5 each way.</source>
            <comment>steps[2].text</comment>
            <translation>Dessinez de lents cercles avec le pied, 5 dans chaque sens.</translation>
        </message>
        <message>
            <source>Switch legs and do both moves with the other foot.</source>
            <comment>steps[3].text</comment>
            <translation>Changez de jambe et faites les deux mouvements avec l'autre pied.</translation>
        </message>
        <message>
            <source>6 pumps and 6 circles a foot</source>
            <comment>levels[0].dose</comment>
            <translation>6 flexions et 6 cercles par pied</translation>
        </message>
        <message>
            <source>Fewer, smaller movements; keep the heel on the floor.</source>
            <comment>levels[0].how</comment>
            <translation>Des mouvements moins nombreux et plus petits ; gardez le talon au sol.</translation>
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>levels[1].dose</comment>
            <translation>10 flexions et 10 cercles par pied</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>15 pumps and 15 circles a foot</source>
            <comment>levels[2].dose</comment>
            <translation>15 flexions et 15 cercles par pied</translation>
        </message>
        <message>
            <source>Lift the foot off the floor and make the circles larger.</source>
            <comment>levels[2].how</comment>
            <translation>Décollez le pied du sol et faites des cercles plus grands.</translation>
        </message>
    </context>
    <context>
        <name>exercise:back-extension</name>
        <message>
            <source>Standing back bend</source>
            <comment>name</comment>
            <translation>Extension du dos debout</translation>
        </message>
        <message>
            <source>A gentle lean back that undoes some of the forward bending of long sitting.</source>
            <comment>summary</comment>
            <translation>Une légère inclinaison en arrière qui compense en partie le dos courbé des longues heures assis.</translation>
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>dose</comment>
            <translation>8 inclinaisons douces</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5-10 leans.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 5-10 inclinaisons.</translation>
        </message>
        <message>
            <source>Lean back only as far as feels easy, and keep your knees soft.</source>
            <comment>cautions[0]</comment>
            <translation>Penchez-vous en arrière seulement tant que c'est facile, genoux souples.</translation>
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>À éviter si une douleur, un engourdissement ou des picotements descendent dans la jambe.</translation>
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation>À éviter si vous avez une sténose du canal rachidien ou un spondylolisthésis.</translation>
        </message>
        <message>
            <source>Stand with feet apart and put your hands on the back of your hips, fingers down.</source>
            <comment>steps[0].text</comment>
            <translation>Debout, pieds écartés, posez les mains sur l'arrière des hanches, doigts vers le bas.</translation>
        </message>
        <message>
            <source>Lean back gently over your hands, then come upright again. 8 times, slowly.</source>
            <comment>steps[1].text</comment>
            <translation>Penchez-vous doucement en arrière au-dessus des mains, puis redressez-vous. 8 fois, lentement.</translation>
        </message>
        <message>
            <source>5 small leans</source>
            <comment>levels[0].dose</comment>
            <translation>5 petites inclinaisons</translation>
        </message>
        <message>
            <source>Lean back only a little, hands supporting the lower back.</source>
            <comment>levels[0].how</comment>
            <translation>Penchez-vous juste un peu en arrière, les mains soutenant le bas du dos.</translation>
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>levels[1].dose</comment>
            <translation>8 inclinaisons douces</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>10 leans, 2 s at the end</source>
            <comment>levels[2].dose</comment>
            <translation>10 inclinaisons, 2 s en fin de mouvement</translation>
        </message>
        <message>
            <source>Pause briefly at the end of each lean if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Marquez une courte pause au bout de chaque inclinaison si cela reste confortable.</translation>
        </message>
    </context>
    <context>
        <name>exercise:belly-breathing</name>
        <message>
            <source>Slow belly breathing</source>
            <comment>name</comment>
            <translation>Respiration abdominale lente</translation>
        </message>
        <message>
            <source>Slow breaths into the belly, a calm way to settle between tasks.</source>
            <comment>summary</comment>
            <translation>Des respirations lentes dans le ventre, une façon calme de se poser entre deux tâches.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>dose</comment>
            <translation>8 respirations lentes</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 6-10 breaths, about 4 s in and 6 s out.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 6-10 respirations, environ 4 s d'inspiration et 6 s d'expiration.</translation>
        </message>
        <message>
            <source>Feeling light-headed? Breathe more gently, or go back to normal breathing.</source>
            <comment>cautions[0]</comment>
            <translation>La tête tourne ? Respirez plus doucement, ou revenez à une respiration normale.</translation>
        </message>
        <message>
            <source>Don't hold your breath; let each breath flow into the next.</source>
            <comment>cautions[1]</comment>
            <translation>Ne retenez pas votre souffle ; laissez chaque respiration s'enchaîner avec la suivante.</translation>
        </message>
        <message>
            <source>Sit back comfortably, shoulders loose, one hand resting on your belly.</source>
            <comment>steps[0].text</comment>
            <translation>Installez-vous confortablement au fond du siège, épaules relâchées, une main posée sur le ventre.</translation>
        </message>
        <message>
            <source>Breathe in through your nose so your belly lifts your hand; breathe out long and soft.</source>
            <comment>steps[1].text</comment>
            <translation>Inspirez par le nez pour que le ventre soulève votre main ; expirez longuement et doucement.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>5 respirations lentes</translation>
        </message>
        <message>
            <source>Fewer breaths; breathe out for as long as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de respirations ; expirez aussi longtemps que c'est facile.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation>8 respirations lentes</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>10 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>10 respirations lentes</translation>
        </message>
        <message>
            <source>More breaths, with a slightly longer breath out.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de respirations, avec une expiration un peu plus longue.</translation>
        </message>
    </context>
    <context>
        <name>exercise:bruegger-relief</name>
        <message>
            <source>Brügger relief position</source>
            <comment>name</comment>
            <translation>Position de détente de Brügger</translation>
        </message>
        <message>
            <source>Sit at the chair edge and open up: the opposite of a slumped desk posture.</source>
            <comment>summary</comment>
            <translation>Au bord de la chaise, ouvrez-vous : l'inverse de la posture avachie au bureau.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>dose</comment>
            <translation>5 respirations lentes</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 3-5 slow breaths.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 3-5 respirations lentes.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Utilisez une chaise qui ne peut pas rouler : sans roulettes, ou roulettes bloquées.</translation>
        </message>
        <message>
            <source>Keep the lift small; it should feel open, never strained.</source>
            <comment>cautions[1]</comment>
            <translation>Redressez-vous modérément ; la position doit sembler ouverte, jamais forcée.</translation>
        </message>
        <message>
            <source>Move to the front edge of your seat and sit tall.</source>
            <comment>steps[0].text</comment>
            <translation>Avancez jusqu'au bord avant du siège et asseyez-vous le dos droit.</translation>
        </message>
        <message>
            <source>Set your feet wide and turned out, lift your breastbone, turn your palms forward.</source>
            <comment>steps[1].text</comment>
            <translation>Écartez les pieds, pointes vers l'extérieur, levez le sternum, tournez les paumes vers l'avant.</translation>
        </message>
        <message>
            <source>Stay in this open shape for 5 slow breaths, then relax.</source>
            <comment>steps[2].text</comment>
            <translation>Restez dans cette position ouverte pendant 5 respirations lentes, puis relâchez.</translation>
        </message>
        <message>
            <source>3 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>3 respirations lentes</translation>
        </message>
        <message>
            <source>Fewer breaths; turn the palms out only part way.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de respirations ; paumes tournées vers l'extérieur en partie seulement.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation>5 respirations lentes</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>8 respirations lentes</translation>
        </message>
        <message>
            <source>More breaths, holding the open position throughout.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de respirations, en gardant la position ouverte tout du long.</translation>
        </message>
    </context>
    <context>
        <name>exercise:calf-raises</name>
        <message>
            <source>Calf raises</source>
            <comment>name</comment>
            <translation>Montées sur la pointe des pieds</translation>
        </message>
        <message>
            <source>Works your calves and gets the blood moving in legs that have been still.</source>
            <comment>summary</comment>
            <translation>Fait travailler les mollets et relance la circulation dans des jambes restées immobiles.</translation>
        </message>
        <message>
            <source>12 raises</source>
            <comment>dose</comment>
            <translation>12 montées</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10-15 raises.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 10-15 montées.</translation>
        </message>
        <message>
            <source>Unsteady on your feet? Keep both hands on the desk, or take the seated version.</source>
            <comment>cautions[0]</comment>
            <translation>Peu stable sur vos jambes ? Gardez les deux mains sur le bureau, ou faites la version assise.</translation>
        </message>
        <message>
            <source>Sore Achilles tendon or heel? Rise only a little, or pick another move.</source>
            <comment>cautions[1]</comment>
            <translation>Tendon d'Achille ou talon douloureux ? Montez juste un peu, ou choisissez un autre exercice.</translation>
        </message>
        <message>
            <source>Stand facing your desk, feet hip-width apart, fingertips resting on it.</source>
            <comment>steps[0].text</comment>
            <translation>Debout face au bureau, pieds écartés de la largeur des hanches, bouts des doigts posés dessus.</translation>
        </message>
        <message>
            <source>Rise up onto your toes, then lower your heels slowly. 12 times.</source>
            <comment>steps[1].text</comment>
            <translation>Montez sur la pointe des pieds, puis redescendez lentement les talons. 12 fois.</translation>
        </message>
        <message>
            <source>8 raises</source>
            <comment>levels[0].dose</comment>
            <translation>8 montées</translation>
        </message>
        <message>
            <source>Fewer raises, both hands on the desk, lifting only part way.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de montées, les deux mains sur le bureau, en montant seulement en partie.</translation>
        </message>
        <message>
            <source>12 raises</source>
            <comment>levels[1].dose</comment>
            <translation>12 montées</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>15 raises, 2 s lowering</source>
            <comment>levels[2].dose</comment>
            <translation>15 montées, 2 s pour redescendre</translation>
        </message>
        <message>
            <source>More raises, lowering slowly over two seconds.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de montées, en redescendant lentement sur deux secondes.</translation>
        </message>
    </context>
    <context>
        <name>exercise:chin-tuck</name>
        <message>
            <source>Chin tucks</source>
            <comment>name</comment>
            <translation>Rétractions du menton</translation>
        </message>
        <message>
            <source>Slides your head back over your shoulders after leaning in toward the screen.</source>
            <comment>summary</comment>
            <translation>Ramène la tête au-dessus des épaules après vous être penché vers l'écran.</translation>
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>dose</comment>
            <translation>8 rétractions, 3 s chacune</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 tucks held 3-5 s.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 8-10 rétractions tenues 3-5 s.</translation>
        </message>
        <message>
            <source>Keep your eyes level: the head slides straight back, it does not nod down.</source>
            <comment>cautions[0]</comment>
            <translation>Gardez le regard à l'horizontale : la tête glisse droit vers l'arrière, sans s'incliner vers le bas.</translation>
        </message>
        <message>
            <source>Stop if you notice pain or tingling going into an arm.</source>
            <comment>cautions[1]</comment>
            <translation>Arrêtez si vous ressentez une douleur ou des picotements qui descendent dans un bras.</translation>
        </message>
        <message>
            <source>Sit or stand tall and look straight ahead.</source>
            <comment>steps[0].text</comment>
            <translation>Assis ou debout, redressez-vous et regardez droit devant vous.</translation>
        </message>
        <message>
            <source>Glide your head straight back, making a double chin. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Reculez la tête bien droit, comme pour faire un double menton. Tenez 3 s, puis relâchez. 8 fois.</translation>
        </message>
        <message>
            <source>5 tucks, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 rétractions, 2 s chacune</translation>
        </message>
        <message>
            <source>Fewer, gentler tucks with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de rétractions, plus douces, tenues moins longtemps.</translation>
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 rétractions, 3 s chacune</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>10 tucks, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 rétractions, 5 s chacune</translation>
        </message>
        <message>
            <source>More tucks with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de rétractions, tenues plus longtemps.</translation>
        </message>
    </context>
    <context>
        <name>exercise:doorway-chest-stretch</name>
        <message>
            <source>Doorway chest stretch</source>
            <comment>name</comment>
            <translation>Étirement des pectoraux contre une porte</translation>
        </message>
        <message>
            <source>Opens the chest and the fronts of the shoulders, which tighten as you hunch.</source>
            <comment>summary</comment>
            <translation>Ouvre la poitrine et l'avant des épaules, qui se raidissent quand on se voûte.</translation>
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>dose</comment>
            <translation>2 fois 25 s</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 2 holds of 20-30 s.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 2 fois 20-30 s.</translation>
        </message>
        <message>
            <source>Shoulder that feels loose or has slipped out before? Keep your elbow lower.</source>
            <comment>cautions[0]</comment>
            <translation>Épaule qui semble instable ou qui s'est déjà déboîtée ? Gardez le coude plus bas.</translation>
        </message>
        <message>
            <source>Stand in a doorway and rest one forearm on the frame, elbow at shoulder height.</source>
            <comment>steps[0].text</comment>
            <translation>Placez-vous dans l'encadrement d'une porte et posez un avant-bras sur le montant, coude à hauteur d'épaule.</translation>
        </message>
        <message>
            <source>Step one foot through and turn your chest gently away from that arm. Hold 25 s.</source>
            <comment>steps[1].text</comment>
            <translation>Avancez un pied à travers la porte et tournez doucement la poitrine à l'opposé de ce bras. Tenez 25 s.</translation>
        </message>
        <message>
            <source>Step back, breathe, then do the same with the other arm on the other side.</source>
            <comment>steps[2].text</comment>
            <translation>Reculez, respirez, puis faites de même avec l'autre bras, de l'autre côté.</translation>
        </message>
        <message>
            <source>2 holds of 15 s</source>
            <comment>levels[0].dose</comment>
            <translation>2 fois 15 s</translation>
        </message>
        <message>
            <source>Shorter holds, elbows lower and a smaller step.</source>
            <comment>levels[0].how</comment>
            <translation>Tenez moins longtemps, coudes plus bas, avec un plus petit pas.</translation>
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>levels[1].dose</comment>
            <translation>2 fois 25 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>2 holds of 30 s</source>
            <comment>levels[2].dose</comment>
            <translation>2 fois 30 s</translation>
        </message>
        <message>
            <source>Longer holds with a slightly deeper step.</source>
            <comment>levels[2].how</comment>
            <translation>Tenez plus longtemps, avec un pas un peu plus grand.</translation>
        </message>
    </context>
    <context>
        <name>exercise:eye-rest-20-20-20</name>
        <message>
            <source>20-20-20 eye rest</source>
            <comment>name</comment>
            <translation>Repos des yeux 20-20-20</translation>
        </message>
        <message>
            <source>Lets your eyes relax their focus and blink fully after close work at the screen.</source>
            <comment>summary</comment>
            <translation>Permet aux yeux de relâcher leur mise au point et de cligner pleinement après le travail rapproché à l'écran.</translation>
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>dose</comment>
            <translation>20 s, le regard à 6 m</translation>
        </message>
        <message>
            <source>At least 20 s looking 6 m (20 feet) away, about every 20 minutes, as in the 20-20-20 trial cited.</source>
            <comment>dose_basis</comment>
            <translation>Au moins 20 s à regarder à 6 m (20 pieds), environ toutes les 20 minutes, comme dans l'essai 20-20-20 cité.</translation>
        </message>
        <message>
            <source>Look away from the screen to something at least 6 m (20 ft) away.</source>
            <comment>steps[0].text</comment>
            <translation>Détournez le regard de l'écran vers un point situé à au moins 6 m (20 ft).</translation>
        </message>
        <message>
            <source>Keep your eyes on it for 20 seconds and let your face soften.</source>
            <comment>steps[1].text</comment>
            <translation>Gardez les yeux dessus pendant 20 secondes et détendez votre visage.</translation>
        </message>
        <message>
            <source>Blink slowly and fully a few times, closing your eyes all the way.</source>
            <comment>steps[2].text</comment>
            <translation>Clignez lentement et complètement des yeux plusieurs fois, en les fermant bien.</translation>
        </message>
        <message>
            <source>10 s, looking far away</source>
            <comment>levels[0].dose</comment>
            <translation>10 s, le regard au loin</translation>
        </message>
        <message>
            <source>A short look at the farthest point you can see.</source>
            <comment>levels[0].how</comment>
            <translation>Un bref regard vers le point le plus éloigné que vous voyez.</translation>
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>levels[1].dose</comment>
            <translation>20 s, le regard à 6 m</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>30 s, looking 6 m away</source>
            <comment>levels[2].dose</comment>
            <translation>30 s, le regard à 6 m</translation>
        </message>
        <message>
            <source>Look longer and blink fully a few times.</source>
            <comment>levels[2].how</comment>
            <translation>Regardez au loin plus longtemps et clignez bien des yeux plusieurs fois.</translation>
        </message>
    </context>
    <context>
        <name>exercise:hip-flexor-stretch</name>
        <message>
            <source>Standing hip-flexor stretch</source>
            <comment>name</comment>
            <translation>Étirement des fléchisseurs de hanche debout</translation>
        </message>
        <message>
            <source>Opens the fronts of your hips, which stay folded for as long as you sit.</source>
            <comment>summary</comment>
            <translation>Ouvre l'avant des hanches, qui restent pliées tant que vous êtes assis.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation>25 s de chaque côté</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 20-30 s de chaque côté.</translation>
        </message>
        <message>
            <source>Sore knee? Take a shorter step and keep a hand on the desk.</source>
            <comment>cautions[0]</comment>
            <translation>Genou sensible ? Faites un pas plus court et gardez une main sur le bureau.</translation>
        </message>
        <message>
            <source>Hold the desk and step one foot well back, both feet pointing forward.</source>
            <comment>steps[0].text</comment>
            <translation>Tenez-vous au bureau et reculez un pied bien en arrière, les deux pieds pointés vers l'avant.</translation>
        </message>
        <message>
            <source>Tuck your tailbone under, squeeze the back buttock and shift forward gently. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Basculez le bassin, serrez la fesse arrière et avancez doucement le poids du corps. Tenez.</translation>
        </message>
        <message>
            <source>Switch legs and hold the stretch on the other side.</source>
            <comment>steps[2].text</comment>
            <translation>Changez de jambe et tenez l'étirement de l'autre côté.</translation>
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>15 s de chaque côté</translation>
        </message>
        <message>
            <source>Shorter holds with a smaller step; hold the desk.</source>
            <comment>levels[0].how</comment>
            <translation>Tenez moins longtemps, avec un plus petit pas ; tenez-vous au bureau.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>25 s de chaque côté</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>30 s de chaque côté</translation>
        </message>
        <message>
            <source>Longer holds, squeezing the back buttock a little more.</source>
            <comment>levels[2].how</comment>
            <translation>Tenez plus longtemps, en serrant un peu plus la fesse arrière.</translation>
        </message>
    </context>
    <context>
        <name>exercise:hip-hinge</name>
        <message>
            <source>Hip hinge</source>
            <comment>name</comment>
            <translation>Charnière de hanche</translation>
        </message>
        <message>
            <source>Practice bending from the hips with a long back, the easy way to reach down.</source>
            <comment>summary</comment>
            <translation>Entraînez-vous à vous pencher depuis les hanches, dos long : la bonne façon d'attraper quelque chose en bas.</translation>
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>dose</comment>
            <translation>8 flexions lentes</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 hinges.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 8-10 flexions.</translation>
        </message>
        <message>
            <source>Back feeling tight? Keep the bend small and let the hips do the moving.</source>
            <comment>cautions[0]</comment>
            <translation>Dos raide ? Penchez-vous peu et laissez les hanches faire le mouvement.</translation>
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation>Arrêtez si vous ressentez une douleur, un engourdissement ou des picotements qui descendent dans une jambe.</translation>
        </message>
        <message>
            <source>Stand with feet hip-width apart, knees soft, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation>Debout, pieds écartés de la largeur des hanches, genoux souples, mains posées sur les cuisses.</translation>
        </message>
        <message>
            <source>Push your hips back, head, upper back and tailbone in one line; squeeze to rise. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Hanches en arrière, tête, haut du dos et coccyx alignés ; serrez les fessiers pour remonter. 8 fois.</translation>
        </message>
        <message>
            <source>Finish standing tall and let your breath settle.</source>
            <comment>steps[2].text</comment>
            <translation>Terminez debout, bien droit, et laissez votre respiration se calmer.</translation>
        </message>
        <message>
            <source>5 slow hinges</source>
            <comment>levels[0].dose</comment>
            <translation>5 flexions lentes</translation>
        </message>
        <message>
            <source>Fewer hinges, bending only a little, hands on the thighs.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de flexions, en vous penchant peu, mains sur les cuisses.</translation>
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>levels[1].dose</comment>
            <translation>8 flexions lentes</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>12 slow hinges</source>
            <comment>levels[2].dose</comment>
            <translation>12 flexions lentes</translation>
        </message>
        <message>
            <source>More hinges, with a slower return to standing.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de flexions, en vous redressant plus lentement.</translation>
        </message>
    </context>
    <context>
        <name>exercise:near-far-focus</name>
        <message>
            <source>Near and far focus</source>
            <comment>name</comment>
            <translation>Vision de près et de loin</translation>
        </message>
        <message>
            <source>Switch your focus between near and far for a change from the fixed screen distance.</source>
            <comment>summary</comment>
            <translation>Alternez la mise au point entre près et loin pour changer de la distance fixe de l'écran.</translation>
        </message>
        <message>
            <source>10 switches</source>
            <comment>dose</comment>
            <translation>10 alternances</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 switches.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 10 alternances.</translation>
        </message>
        <message>
            <source>Hold a pen upright about 30 cm in front of your face.</source>
            <comment>steps[0].text</comment>
            <translation>Tenez un stylo vertical à environ 30 cm devant votre visage.</translation>
        </message>
        <message>
            <source>Focus on the pen tip for a moment, then on something far away. Switch 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Fixez la pointe du stylo un instant, puis un point au loin. Alternez 10 fois.</translation>
        </message>
        <message>
            <source>6 switches</source>
            <comment>levels[0].dose</comment>
            <translation>6 alternances</translation>
        </message>
        <message>
            <source>Fewer switches, pausing longer at the far point.</source>
            <comment>levels[0].how</comment>
            <translation>Moins d'alternances, en regardant plus longtemps au loin.</translation>
        </message>
        <message>
            <source>10 switches</source>
            <comment>levels[1].dose</comment>
            <translation>10 alternances</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>15 switches</source>
            <comment>levels[2].dose</comment>
            <translation>15 alternances</translation>
        </message>
        <message>
            <source>More switches at an even pace.</source>
            <comment>levels[2].how</comment>
            <translation>Plus d'alternances, à un rythme régulier.</translation>
        </message>
    </context>
    <context>
        <name>exercise:neck-rotation</name>
        <message>
            <source>Neck turns</source>
            <comment>name</comment>
            <translation>Rotations de la tête</translation>
        </message>
        <message>
            <source>Slow looks over each shoulder to keep your neck turning freely.</source>
            <comment>summary</comment>
            <translation>Regards lents par-dessus chaque épaule pour garder un cou qui tourne librement.</translation>
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>dose</comment>
            <translation>3 rotations de chaque côté</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 3 turns each side.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 3 rotations de chaque côté.</translation>
        </message>
        <message>
            <source>Move slowly and keep the turn within an easy range.</source>
            <comment>cautions[0]</comment>
            <translation>Bougez lentement et restez dans une amplitude facile.</translation>
        </message>
        <message>
            <source>Sit or stand tall, shoulders relaxed, chin level.</source>
            <comment>steps[0].text</comment>
            <translation>Assis ou debout, redressez-vous, épaules relâchées, menton à l'horizontale.</translation>
        </message>
        <message>
            <source>Turn your head slowly to look over your right shoulder. Hold 5 s, come back. 3 times.</source>
            <comment>steps[1].text</comment>
            <translation>Tournez lentement la tête pour regarder par-dessus l'épaule droite. Tenez 5 s, revenez. 3 fois.</translation>
        </message>
        <message>
            <source>Now look over your left shoulder the same way. 3 times.</source>
            <comment>steps[2].text</comment>
            <translation>Regardez maintenant de la même façon par-dessus l'épaule gauche. 3 fois.</translation>
        </message>
        <message>
            <source>2 small turns each side</source>
            <comment>levels[0].dose</comment>
            <translation>2 petites rotations de chaque côté</translation>
        </message>
        <message>
            <source>Turn only part way, staying well inside comfort.</source>
            <comment>levels[0].how</comment>
            <translation>Tournez seulement en partie, en restant bien dans le confort.</translation>
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>levels[1].dose</comment>
            <translation>3 rotations de chaque côté</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>4 turns each side</source>
            <comment>levels[2].dose</comment>
            <translation>4 rotations de chaque côté</translation>
        </message>
        <message>
            <source>More turns, holding each for a breath.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de rotations, en tenant chacune le temps d'une respiration.</translation>
        </message>
    </context>
    <context>
        <name>exercise:neck-side-bend</name>
        <message>
            <source>Neck side stretch</source>
            <comment>name</comment>
            <translation>Étirement latéral du cou</translation>
        </message>
        <message>
            <source>Eases the sides of your neck and the tops of your shoulders.</source>
            <comment>summary</comment>
            <translation>Détend les côtés du cou et le haut des épaules.</translation>
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>dose</comment>
            <translation>2 × 15 s de chaque côté</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 2 holds of 15 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 2 fois 15 s de chaque côté.</translation>
        </message>
        <message>
            <source>Let the weight of your head do the work; don't pull it down with your hand.</source>
            <comment>cautions[0]</comment>
            <translation>Laissez le poids de la tête faire le travail ; ne la tirez pas vers le bas avec la main.</translation>
        </message>
        <message>
            <source>Let your left arm hang or hold the seat; tip your right ear toward your right shoulder.</source>
            <comment>steps[0].text</comment>
            <translation>Laissez pendre le bras gauche ou tenez le siège ; inclinez l'oreille droite vers l'épaule droite.</translation>
        </message>
        <message>
            <source>Lift your head slowly, then tip your left ear toward your left shoulder the same way.</source>
            <comment>steps[1].text</comment>
            <translation>Relevez lentement la tête, puis inclinez de même l'oreille gauche vers l'épaule gauche.</translation>
        </message>
        <message>
            <source>Once more to the right, breathing slowly.</source>
            <comment>steps[2].text</comment>
            <translation>Encore une fois à droite, en respirant lentement.</translation>
        </message>
        <message>
            <source>And once more to the left, then lift your head up slowly.</source>
            <comment>steps[3].text</comment>
            <translation>Et encore une fois à gauche, puis relevez lentement la tête.</translation>
        </message>
        <message>
            <source>2 × 10 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>2 × 10 s de chaque côté</translation>
        </message>
        <message>
            <source>Shorter holds, a smaller bend, no hand on the head.</source>
            <comment>levels[0].how</comment>
            <translation>Tenez moins longtemps, inclinez moins, sans main sur la tête.</translation>
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>2 × 15 s de chaque côté</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>2 × 20 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>2 × 20 s de chaque côté</translation>
        </message>
        <message>
            <source>Longer holds on each side.</source>
            <comment>levels[2].how</comment>
            <translation>Tenez plus longtemps de chaque côté.</translation>
        </message>
    </context>
    <context>
        <name>exercise:overhead-reach</name>
        <message>
            <source>Overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation>Étirement bras levés et respiration lente</translation>
        </message>
        <message>
            <source>Stretch tall through your sides and chest while your breathing slows down.</source>
            <comment>summary</comment>
            <translation>Grandissez-vous par les flancs et la poitrine pendant que votre respiration ralentit.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation>10 respirations lentes, bras baissés</translation>
        </message>
        <message>
            <source>The physiotherapy articles behind DeskCoach suggest a desk reset every 30-45 minutes: 10 slow breaths, reaching up and to the sides.</source>
            <comment>dose_basis</comment>
            <translation>Les articles de kinésithérapie sur lesquels s'appuie DeskCoach proposent une pause au bureau toutes les 30-45 minutes : 10 respirations lentes, en s'étirant vers le haut et sur les côtés.</translation>
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[0]</comment>
            <translation>Épaule douloureuse ? Levez un bras à la fois, ou arrêtez-vous plus bas, là où c'est encore facile.</translation>
        </message>
        <message>
            <source>Stand tall, feet hip-width apart, and let your ribs settle down.</source>
            <comment>steps[0].text</comment>
            <translation>Debout, bien droit, pieds écartés de la largeur des hanches, laissez les côtes descendre.</translation>
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your sides.</source>
            <comment>steps[1].text</comment>
            <translation>Inspirez en levant les deux bras ; expirez en les baissant le long du corps.</translation>
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation>Inspirez et étirez-vous vers le haut et vers la gauche ; expirez et baissez les bras.</translation>
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation>Étirez-vous maintenant vers le haut et vers la droite de la même façon, en baissant les bras entre les deux.</translation>
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>6 respirations lentes</translation>
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de respirations ; levez les bras seulement là où c'est facile.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation>10 respirations lentes, bras baissés</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>13 respirations lentes</translation>
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de respirations, en ajoutant une légère inclinaison de chaque côté.</translation>
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
            <translation>Des mains chaudes en coupe coupent la lumière et offrent un court repos à vos yeux.</translation>
        </message>
        <message>
            <source>25 s</source>
            <comment>dose</comment>
            <translation>25 s</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 20-30 s.</translation>
        </message>
        <message>
            <source>Rest your hands on the bones around your eyes; no pressure on the eyes.</source>
            <comment>cautions[0]</comment>
            <translation>Posez les mains sur les os autour des yeux ; aucune pression sur les yeux.</translation>
        </message>
        <message>
            <source>Skip this if you have had eye surgery recently.</source>
            <comment>avoid_if[0]</comment>
            <translation>À éviter si vous avez été opéré des yeux récemment.</translation>
        </message>
        <message>
            <source>Rub your palms together briskly until they feel warm.</source>
            <comment>steps[0].text</comment>
            <translation>Frottez vivement vos paumes l'une contre l'autre jusqu'à ce qu'elles soient chaudes.</translation>
        </message>
        <message>
            <source>Close your eyes and cup your hands over them, fingers on your forehead. Rest.</source>
            <comment>steps[1].text</comment>
            <translation>Fermez les yeux et couvrez-les de vos mains en coupe, doigts sur le front. Reposez-vous.</translation>
        </message>
        <message>
            <source>15 s</source>
            <comment>levels[0].dose</comment>
            <translation>15 s</translation>
        </message>
        <message>
            <source>A shorter rest with the palms cupped over the eyes.</source>
            <comment>levels[0].how</comment>
            <translation>Un repos plus court, les paumes en coupe sur les yeux.</translation>
        </message>
        <message>
            <source>25 s</source>
            <comment>levels[1].dose</comment>
            <translation>25 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>40 s</source>
            <comment>levels[2].dose</comment>
            <translation>40 s</translation>
        </message>
        <message>
            <source>A longer rest, breathing slowly.</source>
            <comment>levels[2].how</comment>
            <translation>Un repos plus long, en respirant lentement.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-ab-brace</name>
        <message>
            <source>Seated belly brace</source>
            <comment>name</comment>
            <translation>Gainage abdominal assis</translation>
        </message>
        <message>
            <source>Wakes up the deep belly muscles that support your lower back while you sit.</source>
            <comment>summary</comment>
            <translation>Réveille les muscles profonds du ventre, qui soutiennent le bas du dos en position assise.</translation>
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>dose</comment>
            <translation>8 contractions, 5 s chacune</translation>
        </message>
        <message>
            <source>Keep breathing while you brace; never hold your breath.</source>
            <comment>cautions[0]</comment>
            <translation>Continuez à respirer pendant la contraction ; ne retenez jamais votre souffle.</translation>
        </message>
        <message>
            <source>Sit tall, feet flat, and rest both hands on your belly.</source>
            <comment>steps[0].text</comment>
            <translation>Asseyez-vous le dos droit, pieds à plat, et posez les deux mains sur le ventre.</translation>
        </message>
        <message>
            <source>Breathe out and firm your belly as if for a light poke, ribs down. Hold 5 s. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Expirez et raffermissez le ventre comme pour encaisser une légère pichenette, côtes basses. Tenez 5 s. 8 fois.</translation>
        </message>
        <message>
            <source>5 braces, 3 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 contractions, 3 s chacune</translation>
        </message>
        <message>
            <source>Fewer, lighter braces; keep breathing throughout.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de contractions, plus légères ; respirez tout du long.</translation>
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 contractions, 5 s chacune</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>10 braces, 8 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 contractions, 8 s chacune</translation>
        </message>
        <message>
            <source>More braces held longer, still breathing normally.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de contractions, tenues plus longtemps, en respirant normalement.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-back-extension</name>
        <message>
            <source>Seated back bend</source>
            <comment>name</comment>
            <translation>Extension du dos assis</translation>
        </message>
        <message>
            <source>Lift your chest at the edge of your chair to come out of a slumped curve.</source>
            <comment>summary</comment>
            <translation>Soulevez la poitrine au bord de la chaise pour sortir d'une posture avachie.</translation>
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>dose</comment>
            <translation>8 élévations du buste</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5-10, as for the standing back extension.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 5-10, comme pour l'extension du dos debout.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Utilisez une chaise qui ne peut pas rouler : sans roulettes, ou roulettes bloquées.</translation>
        </message>
        <message>
            <source>Move gently, and only as far as feels easy.</source>
            <comment>cautions[1]</comment>
            <translation>Bougez doucement, et seulement tant que c'est facile.</translation>
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>À éviter si une douleur, un engourdissement ou des picotements descendent dans la jambe.</translation>
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation>À éviter si vous avez une sténose du canal rachidien ou un spondylolisthésis.</translation>
        </message>
        <message>
            <source>Sit on the front edge of your chair, feet flat, hands on your lower back.</source>
            <comment>steps[0].text</comment>
            <translation>Asseyez-vous au bord avant de la chaise, pieds à plat, mains sur le bas du dos.</translation>
        </message>
        <message>
            <source>Lift your chest up and forward so your lower back arches a little. Ease off. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Soulevez la poitrine vers le haut et l'avant pour cambrer légèrement le bas du dos. Relâchez. 8 fois.</translation>
        </message>
        <message>
            <source>5 chest lifts</source>
            <comment>levels[0].dose</comment>
            <translation>5 élévations du buste</translation>
        </message>
        <message>
            <source>Fewer lifts, moving only a little.</source>
            <comment>levels[0].how</comment>
            <translation>Moins d'élévations, avec un petit mouvement.</translation>
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>levels[1].dose</comment>
            <translation>8 élévations du buste</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>10 chest lifts, 2 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 élévations du buste, 2 s chacune</translation>
        </message>
        <message>
            <source>More lifts with a short pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation>Plus d'élévations, avec une courte pause en haut.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-chest-opener</name>
        <message>
            <source>Seated chest opener</source>
            <comment>name</comment>
            <translation>Ouverture de la poitrine assis</translation>
        </message>
        <message>
            <source>Draw your elbows wide and back to open the chest, right from your chair.</source>
            <comment>summary</comment>
            <translation>Écartez les coudes vers l'arrière pour ouvrir la poitrine, sans quitter votre chaise.</translation>
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>dose</comment>
            <translation>8 ouvertures, 3 s chacune</translation>
        </message>
        <message>
            <source>Rest your hands lightly; never pull on your head or neck.</source>
            <comment>cautions[0]</comment>
            <translation>Posez les mains légèrement ; ne tirez jamais sur la tête ou la nuque.</translation>
        </message>
        <message>
            <source>Sit tall and rest your fingertips behind your head, elbows in front.</source>
            <comment>steps[0].text</comment>
            <translation>Asseyez-vous le dos droit, bouts des doigts derrière la tête, coudes vers l'avant.</translation>
        </message>
        <message>
            <source>Breathe in and draw your elbows wide and back. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Inspirez et écartez les coudes vers l'arrière. Tenez 3 s, puis relâchez. 8 fois.</translation>
        </message>
        <message>
            <source>5 openings, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 ouvertures, 2 s chacune</translation>
        </message>
        <message>
            <source>Fewer openings with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation>Moins d'ouvertures, tenues moins longtemps.</translation>
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 ouvertures, 3 s chacune</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>10 openings, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 ouvertures, 5 s chacune</translation>
        </message>
        <message>
            <source>More openings with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Plus d'ouvertures, tenues plus longtemps.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-forward-fold</name>
        <message>
            <source>Seated forward fold</source>
            <comment>name</comment>
            <translation>Flexion avant assis</translation>
        </message>
        <message>
            <source>Let your back round forward and hang loose for a few slow breaths.</source>
            <comment>summary</comment>
            <translation>Laissez le dos s'arrondir vers l'avant et pendre librement le temps de quelques respirations lentes.</translation>
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>dose</comment>
            <translation>3 respirations lentes, penché en avant</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Utilisez une chaise qui ne peut pas rouler : sans roulettes, ou roulettes bloquées.</translation>
        </message>
        <message>
            <source>Come up slowly; light-headed when you sit up? Pause before you carry on.</source>
            <comment>cautions[1]</comment>
            <translation>Remontez lentement ; la tête tourne en vous redressant ? Faites une pause avant de continuer.</translation>
        </message>
        <message>
            <source>Skip this if bending forward makes back or leg pain worse.</source>
            <comment>avoid_if[0]</comment>
            <translation>À éviter si se pencher en avant aggrave une douleur au dos ou à la jambe.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat and wide apart.</source>
            <comment>steps[0].text</comment>
            <translation>Asseyez-vous vers l'avant du siège, pieds à plat et bien écartés.</translation>
        </message>
        <message>
            <source>Let your chest fold down toward your knees, arms and head hanging loose.</source>
            <comment>steps[1].text</comment>
            <translation>Laissez la poitrine descendre vers les genoux, bras et tête pendant librement.</translation>
        </message>
        <message>
            <source>Stay folded for 3 slow breaths, then roll up slowly, head last.</source>
            <comment>steps[2].text</comment>
            <translation>Restez penché 3 respirations lentes, puis déroulez-vous lentement, la tête en dernier.</translation>
        </message>
        <message>
            <source>2 slow breaths, folded</source>
            <comment>levels[0].dose</comment>
            <translation>2 respirations lentes, penché en avant</translation>
        </message>
        <message>
            <source>A smaller fold, hands on the knees.</source>
            <comment>levels[0].how</comment>
            <translation>Une flexion plus petite, mains sur les genoux.</translation>
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>levels[1].dose</comment>
            <translation>3 respirations lentes, penché en avant</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>5 slow breaths, folded</source>
            <comment>levels[2].dose</comment>
            <translation>5 respirations lentes, penché en avant</translation>
        </message>
        <message>
            <source>Stay folded for more breaths.</source>
            <comment>levels[2].how</comment>
            <translation>Restez penché plus de respirations.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hamstring-stretch</name>
        <message>
            <source>Seated hamstring stretch</source>
            <comment>name</comment>
            <translation>Étirement des ischio-jambiers assis</translation>
        </message>
        <message>
            <source>Eases the backs of the thighs, which shorten when you sit all day.</source>
            <comment>summary</comment>
            <translation>Détend l'arrière des cuisses, qui se raccourcit quand on reste assis toute la journée.</translation>
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>dose</comment>
            <translation>20 s par jambe</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Utilisez une chaise qui ne peut pas rouler : sans roulettes, ou roulettes bloquées.</translation>
        </message>
        <message>
            <source>Lean from the hips with a long back; no bouncing, no reaching for the toes.</source>
            <comment>cautions[1]</comment>
            <translation>Penchez-vous depuis les hanches, dos long ; sans à-coups, sans chercher à toucher les orteils.</translation>
        </message>
        <message>
            <source>It brings on pain, numbness or tingling down the leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>L'étirement provoque une douleur, un engourdissement ou des picotements dans la jambe.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat. Stretch your right leg out, heel down, toes up.</source>
            <comment>steps[0].text</comment>
            <translation>Asseyez-vous vers l'avant du siège. Tendez la jambe droite, talon au sol, orteils vers le haut.</translation>
        </message>
        <message>
            <source>Sit tall and lean forward from your hips until the back of the thigh eases. Hold 20 s.</source>
            <comment>steps[1].text</comment>
            <translation>Dos droit, penchez-vous depuis les hanches jusqu'à sentir l'arrière de la cuisse se détendre. Tenez 20 s.</translation>
        </message>
        <message>
            <source>Sit up slowly, switch legs and hold the other side the same way.</source>
            <comment>steps[2].text</comment>
            <translation>Redressez-vous lentement, changez de jambe et tenez l'autre côté de la même façon.</translation>
        </message>
        <message>
            <source>15 s each leg</source>
            <comment>levels[0].dose</comment>
            <translation>15 s par jambe</translation>
        </message>
        <message>
            <source>A shorter hold with the knee a little bent.</source>
            <comment>levels[0].how</comment>
            <translation>Tenez moins longtemps, genou légèrement fléchi.</translation>
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>levels[1].dose</comment>
            <translation>20 s par jambe</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>about 40 s each leg</source>
            <comment>levels[2].dose</comment>
            <translation>environ 40 s par jambe</translation>
        </message>
        <message>
            <source>Longer holds on each leg, sitting tall.</source>
            <comment>levels[2].how</comment>
            <translation>Tenez plus longtemps pour chaque jambe, le dos droit.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-heel-raises</name>
        <message>
            <source>Seated heel raises</source>
            <comment>name</comment>
            <translation>Élévations des talons assis</translation>
        </message>
        <message>
            <source>Works your calves and keeps the blood moving in your legs without leaving the chair.</source>
            <comment>summary</comment>
            <translation>Fait travailler les mollets et entretient la circulation dans les jambes sans quitter la chaise.</translation>
        </message>
        <message>
            <source>15 raises</source>
            <comment>dose</comment>
            <translation>15 élévations</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10-15, as for calf raises.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 10-15, comme pour les montées sur la pointe des pieds.</translation>
        </message>
        <message>
            <source>Sit tall with your feet flat and your knees above your ankles.</source>
            <comment>steps[0].text</comment>
            <translation>Asseyez-vous le dos droit, pieds à plat, genoux au-dessus des chevilles.</translation>
        </message>
        <message>
            <source>Lift both heels as high as you can, then lower them slowly. 15 times.</source>
            <comment>steps[1].text</comment>
            <translation>Levez les deux talons aussi haut que possible, puis redescendez-les lentement. 15 fois.</translation>
        </message>
        <message>
            <source>10 raises</source>
            <comment>levels[0].dose</comment>
            <translation>10 élévations</translation>
        </message>
        <message>
            <source>Fewer raises.</source>
            <comment>levels[0].how</comment>
            <translation>Moins d'élévations.</translation>
        </message>
        <message>
            <source>15 raises</source>
            <comment>levels[1].dose</comment>
            <translation>15 élévations</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>20 raises, 2 s holds</source>
            <comment>levels[2].dose</comment>
            <translation>20 élévations, 2 s en haut</translation>
        </message>
        <message>
            <source>More raises with a pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation>Plus d'élévations, avec une pause en haut.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-flexor-stretch</name>
        <message>
            <source>Seated hip-flexor stretch</source>
            <comment>name</comment>
            <translation>Étirement des fléchisseurs de hanche assis</translation>
        </message>
        <message>
            <source>The hip-flexor stretch sideways on a chair without wheels, one leg sliding back.</source>
            <comment>summary</comment>
            <translation>L'étirement des fléchisseurs de hanche, de côté sur une chaise sans roulettes, une jambe glissée en arrière.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation>25 s de chaque côté</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 20-30 s de chaque côté.</translation>
        </message>
        <message>
            <source>Only on a chair without wheels that cannot tip; keep one hand on its backrest.</source>
            <comment>cautions[0]</comment>
            <translation>Uniquement sur une chaise sans roulettes qui ne peut pas basculer ; gardez une main sur le dossier.</translation>
        </message>
        <message>
            <source>Your chair has castors: do the standing hip-flexor stretch, one hand on the desk.</source>
            <comment>avoid_if[0]</comment>
            <translation>Votre chaise a des roulettes : faites l'étirement des fléchisseurs de hanche debout, une main sur le bureau.</translation>
        </message>
        <message>
            <source>Sit sideways near the edge of a chair without wheels, one hand on its backrest.</source>
            <comment>steps[0].text</comment>
            <translation>Asseyez-vous de côté, près du bord d'une chaise sans roulettes, une main sur le dossier.</translation>
        </message>
        <message>
            <source>Slide your outer leg back, knee pointing down, sit tall and tuck your tailbone. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Glissez la jambe extérieure en arrière, genou vers le sol, dos droit, bassin basculé. Tenez.</translation>
        </message>
        <message>
            <source>Turn to face the other way and stretch the other leg.</source>
            <comment>steps[2].text</comment>
            <translation>Tournez-vous de l'autre côté et étirez l'autre jambe.</translation>
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>15 s de chaque côté</translation>
        </message>
        <message>
            <source>Shorter holds with the leg slid back less far.</source>
            <comment>levels[0].how</comment>
            <translation>Tenez moins longtemps, la jambe moins loin en arrière.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>25 s de chaque côté</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>30 s de chaque côté</translation>
        </message>
        <message>
            <source>Longer holds, sitting a little taller.</source>
            <comment>levels[2].how</comment>
            <translation>Tenez plus longtemps, en vous grandissant un peu plus.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-hinge</name>
        <message>
            <source>Seated hip hinge</source>
            <comment>name</comment>
            <translation>Charnière de hanche assis</translation>
        </message>
        <message>
            <source>Lean forward from the hips with a long back, right from the edge of your chair.</source>
            <comment>summary</comment>
            <translation>Penchez-vous en avant depuis les hanches, dos long, directement depuis le bord de la chaise.</translation>
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>dose</comment>
            <translation>8 inclinaisons lentes</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10, as for the standing hinge.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 8-10, comme pour la flexion debout.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Utilisez une chaise qui ne peut pas rouler : sans roulettes, ou roulettes bloquées.</translation>
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation>Arrêtez si vous ressentez une douleur, un engourdissement ou des picotements qui descendent dans une jambe.</translation>
        </message>
        <message>
            <source>Sit near the front edge, feet flat and apart, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation>Asseyez-vous près du bord avant, pieds à plat et écartés, mains posées sur les cuisses.</translation>
        </message>
        <message>
            <source>Lean forward from your hips, head, upper back and tailbone in one line. Sit tall. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Penchez-vous depuis les hanches, tête, haut du dos et coccyx alignés. Redressez-vous. 8 fois.</translation>
        </message>
        <message>
            <source>5 slow leans</source>
            <comment>levels[0].dose</comment>
            <translation>5 inclinaisons lentes</translation>
        </message>
        <message>
            <source>Fewer, smaller leans from the hips.</source>
            <comment>levels[0].how</comment>
            <translation>Moins d'inclinaisons, plus petites, depuis les hanches.</translation>
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>levels[1].dose</comment>
            <translation>8 inclinaisons lentes</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>12 slow leans</source>
            <comment>levels[2].dose</comment>
            <translation>12 inclinaisons lentes</translation>
        </message>
        <message>
            <source>More leans with a slower return.</source>
            <comment>levels[2].how</comment>
            <translation>Plus d'inclinaisons, en revenant plus lentement.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-march</name>
        <message>
            <source>Seated march</source>
            <comment>name</comment>
            <translation>Marche assise</translation>
        </message>
        <message>
            <source>Marching in your chair gets the legs and blood moving when you can't step away.</source>
            <comment>summary</comment>
            <translation>Marcher sur place assis fait bouger les jambes et la circulation quand vous ne pouvez pas vous lever.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>dose</comment>
            <translation>environ 1 minute</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: about 60 s of marching in place of a walk.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : environ 60 s de marche sur place au lieu d'une promenade.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Utilisez une chaise qui ne peut pas rouler : sans roulettes, ou roulettes bloquées.</translation>
        </message>
        <message>
            <source>Sit tall near the front of your seat and hold its sides lightly.</source>
            <comment>steps[0].text</comment>
            <translation>Asseyez-vous le dos droit vers l'avant du siège et tenez-en légèrement les côtés.</translation>
        </message>
        <message>
            <source>Lift one knee, then the other, in an easy marching rhythm.</source>
            <comment>steps[1].text</comment>
            <translation>Levez un genou, puis l'autre, à un rythme de marche tranquille.</translation>
        </message>
        <message>
            <source>Keep marching, a little quicker, for the last few seconds.</source>
            <comment>steps[2].text</comment>
            <translation>Continuez, un peu plus vite, pendant les dernières secondes.</translation>
        </message>
        <message>
            <source>about 30 seconds</source>
            <comment>levels[0].dose</comment>
            <translation>environ 30 secondes</translation>
        </message>
        <message>
            <source>A shorter march, lifting the knees only a little.</source>
            <comment>levels[0].how</comment>
            <translation>Une marche plus courte, en levant peu les genoux.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[1].dose</comment>
            <translation>environ 1 minute</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>about 90 seconds</source>
            <comment>levels[2].dose</comment>
            <translation>environ 90 secondes</translation>
        </message>
        <message>
            <source>A longer march, lifting the knees higher.</source>
            <comment>levels[2].how</comment>
            <translation>Une marche plus longue, en levant les genoux plus haut.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-overhead-reach</name>
        <message>
            <source>Seated overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation>Étirement bras levés assis et respiration lente</translation>
        </message>
        <message>
            <source>The overhead reach from your chair: tall through the sides, breathing slow.</source>
            <comment>summary</comment>
            <translation>L'étirement bras levés depuis votre chaise : grandi par les flancs, respiration lente.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation>10 respirations lentes, bras baissés</translation>
        </message>
        <message>
            <source>The physiotherapy articles behind DeskCoach suggest a desk reset every 30-45 minutes: 10 slow breaths, reaching up and to the sides.</source>
            <comment>dose_basis</comment>
            <translation>Les articles de kinésithérapie sur lesquels s'appuie DeskCoach proposent une pause au bureau toutes les 30-45 minutes : 10 respirations lentes, en s'étirant vers le haut et sur les côtés.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Utilisez une chaise qui ne peut pas rouler : sans roulettes, ou roulettes bloquées.</translation>
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[1]</comment>
            <translation>Épaule douloureuse ? Levez un bras à la fois, ou arrêtez-vous plus bas, là où c'est encore facile.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat, back away from the backrest.</source>
            <comment>steps[0].text</comment>
            <translation>Asseyez-vous vers l'avant du siège, pieds à plat, le dos décollé du dossier.</translation>
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your sides.</source>
            <comment>steps[1].text</comment>
            <translation>Inspirez en levant les deux bras ; expirez en les baissant le long du corps.</translation>
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation>Inspirez et étirez-vous vers le haut et vers la gauche ; expirez et baissez les bras.</translation>
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation>Étirez-vous maintenant vers le haut et vers la droite de la même façon, en baissant les bras entre les deux.</translation>
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>6 respirations lentes</translation>
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de respirations ; levez les bras seulement là où c'est facile.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation>10 respirations lentes, bras baissés</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>13 respirations lentes</translation>
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de respirations, en ajoutant une légère inclinaison de chaque côté.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-thoracic-rotation</name>
        <message>
            <source>Seated upper-back twist</source>
            <comment>name</comment>
            <translation>Rotation du haut du dos assis</translation>
        </message>
        <message>
            <source>Turns the upper back gently both ways from your chair, hips staying put.</source>
            <comment>summary</comment>
            <translation>Fait pivoter doucement le haut du dos dans les deux sens depuis la chaise, hanches immobiles.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation>5 rotations de chaque côté</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 turns each way.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 5 rotations de chaque côté.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Utilisez une chaise qui ne peut pas rouler : sans roulettes, ou roulettes bloquées.</translation>
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[1]</comment>
            <translation>Le dos se réveille ? Tournez peu et lentement.</translation>
        </message>
        <message>
            <source>Sit tall near the front of your seat, feet flat, arms crossed on your chest.</source>
            <comment>steps[0].text</comment>
            <translation>Asseyez-vous le dos droit vers l'avant du siège, pieds à plat, bras croisés sur la poitrine.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Expirez et tournez la poitrine vers la gauche, le regard en premier. Revenez. 5 fois.</translation>
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, knees pointing ahead.</source>
            <comment>steps[2].text</comment>
            <translation>Tournez maintenant vers la droite de la même façon, 5 fois, genoux pointés vers l'avant.</translation>
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 rotations de chaque côté</translation>
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de rotations, plus petites.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 rotations de chaque côté</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation>7 rotations de chaque côté</translation>
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de rotations, en expirant pendant la rotation.</translation>
        </message>
    </context>
    <context>
        <name>exercise:short-walk</name>
        <message>
            <source>Short walk</source>
            <comment>name</comment>
            <translation>Petite marche</translation>
        </message>
        <message>
            <source>Two minutes on your feet, the simplest way to get the blood moving again.</source>
            <comment>summary</comment>
            <translation>Deux minutes debout, le moyen le plus simple de relancer la circulation.</translation>
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>dose</comment>
            <translation>environ 2 minutes</translation>
        </message>
        <message>
            <source>About 2 minutes of light walking, as in the sitting study cited; the guides give 1-5 minutes.</source>
            <comment>dose_basis</comment>
            <translation>Environ 2 minutes de marche légère, comme dans l'étude sur la position assise citée ; les guides indiquent 1-5 minutes.</translation>
        </message>
        <message>
            <source>Walking hard for you today? The seated march is a good swap.</source>
            <comment>cautions[0]</comment>
            <translation>Marcher est difficile pour vous aujourd'hui ? La marche assise est une bonne alternative.</translation>
        </message>
        <message>
            <source>Stand up, stretch tall and set off at an easy pace.</source>
            <comment>steps[0].text</comment>
            <translation>Levez-vous, étirez-vous et partez d'un pas tranquille.</translation>
        </message>
        <message>
            <source>Walk for about two minutes: refill your water, take the long way, or climb a flight.</source>
            <comment>steps[1].text</comment>
            <translation>Marchez environ deux minutes : remplissez votre gourde, faites un détour ou montez un étage.</translation>
        </message>
        <message>
            <source>Stroll back, roll your shoulders and settle in.</source>
            <comment>steps[2].text</comment>
            <translation>Revenez tranquillement, faites rouler les épaules et réinstallez-vous.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[0].dose</comment>
            <translation>environ 1 minute</translation>
        </message>
        <message>
            <source>A shorter walk at an easy pace.</source>
            <comment>levels[0].how</comment>
            <translation>Une marche plus courte, d'un pas tranquille.</translation>
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>levels[1].dose</comment>
            <translation>environ 2 minutes</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>about 3 minutes</source>
            <comment>levels[2].dose</comment>
            <translation>environ 3 minutes</translation>
        </message>
        <message>
            <source>A longer walk, or take the stairs.</source>
            <comment>levels[2].how</comment>
            <translation>Une marche plus longue, ou prenez l'escalier.</translation>
        </message>
    </context>
    <context>
        <name>exercise:shoulder-blade-squeeze</name>
        <message>
            <source>Shoulder-blade squeezes</source>
            <comment>name</comment>
            <translation>Serrage des omoplates</translation>
        </message>
        <message>
            <source>Wakes up the muscles between your shoulder blades and opens a rounded posture.</source>
            <comment>summary</comment>
            <translation>Réveille les muscles entre les omoplates et ouvre une posture voûtée.</translation>
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>dose</comment>
            <translation>10 serrages, 3 s chacun</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 squeezes held 3-5 s.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 10 serrages tenus 3-5 s.</translation>
        </message>
        <message>
            <source>Keep your shoulders away from your ears; no shrugging.</source>
            <comment>cautions[0]</comment>
            <translation>Gardez les épaules loin des oreilles ; ne les haussez pas.</translation>
        </message>
        <message>
            <source>Sit or stand tall, elbows bent at your sides, hands in front of you.</source>
            <comment>steps[0].text</comment>
            <translation>Assis ou debout, le dos droit, coudes fléchis le long du corps, mains devant vous.</translation>
        </message>
        <message>
            <source>Draw your shoulder blades back and down. Hold 3 s, then let go. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Ramenez les omoplates vers l'arrière et vers le bas. Tenez 3 s, puis relâchez. 10 fois.</translation>
        </message>
        <message>
            <source>6 squeezes, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>6 serrages, 2 s chacun</translation>
        </message>
        <message>
            <source>Fewer, gentler squeezes.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de serrages, plus doux.</translation>
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>10 serrages, 3 s chacun</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>12 squeezes, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>12 serrages, 5 s chacun</translation>
        </message>
        <message>
            <source>More squeezes with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de serrages, tenus plus longtemps.</translation>
        </message>
    </context>
    <context>
        <name>exercise:shoulder-rolls</name>
        <message>
            <source>Shoulder rolls</source>
            <comment>name</comment>
            <translation>Rotations des épaules</translation>
        </message>
        <message>
            <source>Big, slow circles that loosen shoulders held still over the keyboard.</source>
            <comment>summary</comment>
            <translation>De grands cercles lents qui dénouent des épaules restées figées au-dessus du clavier.</translation>
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>dose</comment>
            <translation>5 rotations dans chaque sens</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 rolls each way.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 5 rotations dans chaque sens.</translation>
        </message>
        <message>
            <source>Sit or stand tall and let your shoulders settle.</source>
            <comment>steps[0].text</comment>
            <translation>Assis ou debout, redressez-vous et laissez les épaules descendre.</translation>
        </message>
        <message>
            <source>Roll your shoulders up, back and down in slow, big circles. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Faites rouler les épaules vers le haut, l'arrière et le bas, en grands cercles lents. 5 fois.</translation>
        </message>
        <message>
            <source>Now roll them the other way: up, forward and down. 5 times.</source>
            <comment>steps[2].text</comment>
            <translation>Puis dans l'autre sens : vers le haut, l'avant et le bas. 5 fois.</translation>
        </message>
        <message>
            <source>3 rolls each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 rotations dans chaque sens</translation>
        </message>
        <message>
            <source>Fewer, smaller rolls.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de rotations, plus petites.</translation>
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 rotations dans chaque sens</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>8 rolls each way</source>
            <comment>levels[2].dose</comment>
            <translation>8 rotations dans chaque sens</translation>
        </message>
        <message>
            <source>More rolls, slow and as large as is comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de rotations, lentes et aussi amples que c'est confortable.</translation>
        </message>
    </context>
    <context>
        <name>exercise:sit-to-stand</name>
        <message>
            <source>Sit to stand</source>
            <comment>name</comment>
            <translation>Assis-debout</translation>
        </message>
        <message>
            <source>From a steady chair, stand up and sit down without your hands, for strong legs.</source>
            <comment>summary</comment>
            <translation>Depuis une chaise stable, levez-vous et rasseyez-vous sans les mains, pour des jambes fortes.</translation>
        </message>
        <message>
            <source>8 stands</source>
            <comment>dose</comment>
            <translation>8 levers</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 stands.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 8-10 levers.</translation>
        </message>
        <message>
            <source>Knees complain? Use a higher seat or a cushion, and go slower.</source>
            <comment>cautions[0]</comment>
            <translation>Les genoux protestent ? Prenez un siège plus haut ou un coussin, et allez plus lentement.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[1]</comment>
            <translation>Utilisez une chaise qui ne peut pas rouler : sans roulettes, ou roulettes bloquées.</translation>
        </message>
        <message>
            <source>Standing up without your hands is not safe for you today.</source>
            <comment>avoid_if[0]</comment>
            <translation>Vous lever sans les mains n'est pas sûr pour vous aujourd'hui.</translation>
        </message>
        <message>
            <source>Sit near the front of a steady chair, feet hip-width apart and a little back.</source>
            <comment>steps[0].text</comment>
            <translation>Asseyez-vous vers l'avant d'une chaise stable, pieds écartés de la largeur des hanches et un peu en arrière.</translation>
        </message>
        <message>
            <source>Lean forward and stand up tall without using your hands; sit down slowly. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Penchez-vous en avant et levez-vous complètement sans les mains ; rasseyez-vous lentement. 8 fois.</translation>
        </message>
        <message>
            <source>5 stands, hands on the thighs</source>
            <comment>levels[0].dose</comment>
            <translation>5 levers, mains sur les cuisses</translation>
        </message>
        <message>
            <source>Fewer stands, pushing up with the hands.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de levers, en poussant avec les mains.</translation>
        </message>
        <message>
            <source>8 stands</source>
            <comment>levels[1].dose</comment>
            <translation>8 levers</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>12 stands, 3 s to sit</source>
            <comment>levels[2].dose</comment>
            <translation>12 levers, 3 s pour s'asseoir</translation>
        </message>
        <message>
            <source>More stands, lowering slowly over three seconds.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de levers, en vous rasseyant lentement sur trois secondes.</translation>
        </message>
    </context>
    <context>
        <name>exercise:tendon-glides</name>
        <message>
            <source>Tendon glides</source>
            <comment>name</comment>
            <translation>Glissements tendineux</translation>
        </message>
        <message>
            <source>A run of hand shapes that moves every finger joint through its full range.</source>
            <comment>summary</comment>
            <translation>Une suite de positions de la main qui fait parcourir à chaque articulation des doigts toute son amplitude.</translation>
        </message>
        <message>
            <source>5 rounds</source>
            <comment>dose</comment>
            <translation>5 séries</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 rounds.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 5 séries.</translation>
        </message>
        <message>
            <source>Joints sore from arthritis? Move gently, only as far as is comfortable.</source>
            <comment>cautions[0]</comment>
            <translation>Articulations douloureuses à cause de l'arthrose ? Bougez doucement, seulement tant que c'est confortable.</translation>
        </message>
        <message>
            <source>Hold one or both hands up, fingers straight and together.</source>
            <comment>steps[0].text</comment>
            <translation>Levez une main ou les deux, doigts tendus et serrés.</translation>
        </message>
        <message>
            <source>Bend the top two finger joints into a hook, big knuckles staying straight.</source>
            <comment>steps[1].text</comment>
            <translation>Pliez les deux dernières phalanges en crochet, les grosses articulations restant droites.</translation>
        </message>
        <message>
            <source>Curl into a soft full fist, then open flat. Go through all 3 shapes 5 times.</source>
            <comment>steps[2].text</comment>
            <translation>Fermez le poing sans serrer, puis ouvrez la main à plat. Enchaînez les 3 positions 5 fois.</translation>
        </message>
        <message>
            <source>Spread your fingers wide, hold 3 s and relax. 5 times.</source>
            <comment>steps[3].text</comment>
            <translation>Écartez largement les doigts, tenez 3 s et relâchez. 5 fois.</translation>
        </message>
        <message>
            <source>3 rounds</source>
            <comment>levels[0].dose</comment>
            <translation>3 séries</translation>
        </message>
        <message>
            <source>Fewer rounds, moving gently.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de séries, en bougeant doucement.</translation>
        </message>
        <message>
            <source>5 rounds</source>
            <comment>levels[1].dose</comment>
            <translation>5 séries</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>8 rounds</source>
            <comment>levels[2].dose</comment>
            <translation>8 séries</translation>
        </message>
        <message>
            <source>More rounds, holding each position for a moment.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de séries, en tenant chaque position un instant.</translation>
        </message>
    </context>
    <context>
        <name>exercise:thoracic-rotation</name>
        <message>
            <source>Standing upper-back twist</source>
            <comment>name</comment>
            <translation>Rotation du haut du dos debout</translation>
        </message>
        <message>
            <source>Turns the upper back gently both ways to ease the stiffness of facing one screen.</source>
            <comment>summary</comment>
            <translation>Fait pivoter doucement le haut du dos dans les deux sens pour soulager la raideur d'un écran toujours face à vous.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation>5 rotations de chaque côté</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 turns each way.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 5 rotations de chaque côté.</translation>
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[0]</comment>
            <translation>Le dos se réveille ? Tournez peu et lentement.</translation>
        </message>
        <message>
            <source>Stand tall and cross your arms over your chest, hands on your shoulders.</source>
            <comment>steps[0].text</comment>
            <translation>Debout, bien droit, croisez les bras sur la poitrine, mains sur les épaules.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Expirez et tournez la poitrine vers la gauche, le regard en premier. Revenez. 5 fois.</translation>
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, hips facing forward.</source>
            <comment>steps[2].text</comment>
            <translation>Tournez maintenant vers la droite de la même façon, 5 fois, hanches face à l'avant.</translation>
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 rotations de chaque côté</translation>
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de rotations, plus petites.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 rotations de chaque côté</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation>7 rotations de chaque côté</translation>
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de rotations, en expirant pendant la rotation.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wall-angels</name>
        <message>
            <source>Wall angels</source>
            <comment>name</comment>
            <translation>Anges au mur</translation>
        </message>
        <message>
            <source>Slide your arms up a wall to open the chest and get the shoulder blades moving.</source>
            <comment>summary</comment>
            <translation>Faites glisser les bras le long d'un mur pour ouvrir la poitrine et faire bouger les omoplates.</translation>
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>dose</comment>
            <translation>8 glissements lents</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 6-8 slides.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : 6-8 glissements.</translation>
        </message>
        <message>
            <source>Slide only as high as you can without pain or your back arching off the wall.</source>
            <comment>cautions[0]</comment>
            <translation>Montez seulement tant que c'est sans douleur et que le dos ne se décolle pas du mur.</translation>
        </message>
        <message>
            <source>Stand with your back, head and bottom against a wall, feet a small step forward.</source>
            <comment>steps[0].text</comment>
            <translation>Dos, tête et fesses contre un mur, pieds un petit pas en avant.</translation>
        </message>
        <message>
            <source>Raise your arms into a W, elbows and backs of the hands touching the wall.</source>
            <comment>steps[1].text</comment>
            <translation>Levez les bras en W, coudes et dos des mains contre le mur.</translation>
        </message>
        <message>
            <source>Slide your arms up into a Y, then back down to the W. 8 times, slowly.</source>
            <comment>steps[2].text</comment>
            <translation>Faites glisser les bras vers le haut en Y, puis redescendez en W. 8 fois, lentement.</translation>
        </message>
        <message>
            <source>5 slow slides</source>
            <comment>levels[0].dose</comment>
            <translation>5 glissements lents</translation>
        </message>
        <message>
            <source>Fewer slides, arms only to shoulder height.</source>
            <comment>levels[0].how</comment>
            <translation>Moins de glissements, bras seulement jusqu'à hauteur d'épaules.</translation>
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>levels[1].dose</comment>
            <translation>8 glissements lents</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>10 slow slides</source>
            <comment>levels[2].dose</comment>
            <translation>10 glissements lents</translation>
        </message>
        <message>
            <source>More slides, reaching higher if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Plus de glissements, en montant plus haut si cela reste confortable.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wrist-extensor-stretch</name>
        <message>
            <source>Wrist stretch, back of the forearm</source>
            <comment>name</comment>
            <translation>Étirement du poignet, dessus de l'avant-bras</translation>
        </message>
        <message>
            <source>Stretches the top of the forearm, the muscles that hold your hands up to type.</source>
            <comment>summary</comment>
            <translation>Étire le dessus de l'avant-bras, les muscles qui tiennent vos mains levées pour taper.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation>15 s par bras</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: holds of about 15 s.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : tenir environ 15 s.</translation>
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation>Canal carpien ou tendinite en poussée ? Étirez très légèrement, ou passez cet exercice.</translation>
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight, palm down.</source>
            <comment>steps[0].text</comment>
            <translation>Tendez un bras devant vous à hauteur d'épaule, coude tendu, paume vers le bas.</translation>
        </message>
        <message>
            <source>With your other hand, ease the back of the hand down until you feel a mild stretch.</source>
            <comment>steps[1].text</comment>
            <translation>Avec l'autre main, abaissez doucement le dos de la main jusqu'à sentir un léger étirement.</translation>
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation>Relâchez lentement, changez de bras et étirez l'autre côté pendant 15 s.</translation>
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation>10 s par bras</translation>
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation>Tenez moins longtemps et plus doucement, coude souple.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation>15 s par bras</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation>30 s par bras</translation>
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation>Tenez plus longtemps pour chaque bras.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wrist-flexor-stretch</name>
        <message>
            <source>Wrist stretch, palm side</source>
            <comment>name</comment>
            <translation>Étirement du poignet, côté paume</translation>
        </message>
        <message>
            <source>Stretches the underside of the forearm, which works hard when you grip a mouse.</source>
            <comment>summary</comment>
            <translation>Étire le dessous de l'avant-bras, très sollicité quand vous tenez une souris.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation>15 s par bras</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: holds of about 15 s.</source>
            <comment>dose_basis</comment>
            <translation>Dans les limites de ce que conseillent les guides d'exercices sur lesquels s'appuie DeskCoach : tenir environ 15 s.</translation>
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation>Canal carpien ou tendinite en poussée ? Étirez très légèrement, ou passez cet exercice.</translation>
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight.</source>
            <comment>steps[0].text</comment>
            <translation>Tendez un bras devant vous à hauteur d'épaule, coude tendu.</translation>
        </message>
        <message>
            <source>Point the fingers up and use the other hand to ease them back toward you. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Pointez les doigts vers le haut et ramenez-les doucement vers vous avec l'autre main. Tenez.</translation>
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation>Relâchez lentement, changez de bras et étirez l'autre côté pendant 15 s.</translation>
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation>10 s par bras</translation>
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation>Tenez moins longtemps et plus doucement, coude souple.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation>15 s par bras</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Comme décrit dans les étapes.</translation>
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation>30 s par bras</translation>
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation>Tenez plus longtemps pour chaque bras.</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:chair</name>
        <message>
            <source>Chair</source>
            <comment>title</comment>
            <translation>Chaise</translation>
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
            <translation>Écran</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:keyboard_mouse</name>
        <message>
            <source>Keyboard and mouse</source>
            <comment>title</comment>
            <translation>Clavier et souris</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:laptop</name>
        <message>
            <source>Laptop</source>
            <comment>title</comment>
            <translation>Ordinateur portable</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:environment</name>
        <message>
            <source>Light, air and space</source>
            <comment>title</comment>
            <translation>Lumière, air et espace</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:habits</name>
        <message>
            <source>Habits</source>
            <comment>title</comment>
            <translation>Habitudes</translation>
        </message>
    </context>
    <context>
        <name>checklist:C1</name>
        <message>
            <source>Are your feet flat on the floor (or a footrest), with your thighs about level?</source>
            <comment>question</comment>
            <translation>Vos pieds sont-ils à plat sur le sol (ou sur un repose-pieds), les cuisses à peu près horizontales ?</translation>
        </message>
        <message>
            <source>At the right seat height your weight rests evenly and the seat edge doesn't press into your thighs.</source>
            <comment>why</comment>
            <translation>À la bonne hauteur d'assise, votre poids se répartit bien et le bord du siège n'appuie pas sur vos cuisses.</translation>
        </message>
        <message>
            <source>Raise or lower the seat until your thighs are level; if your feet then dangle, add a footrest or a sturdy box.</source>
            <comment>fix</comment>
            <translation>Montez ou baissez le siège jusqu'à ce que vos cuisses soient horizontales ; si vos pieds pendent, ajoutez un repose-pieds ou une caisse solide.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C2</name>
        <message>
            <source>Does the backrest fit into the curve of your lower back?</source>
            <comment>question</comment>
            <translation>Le dossier épouse-t-il le creux du bas de votre dos ?</translation>
        </message>
        <message>
            <source>With support in the small of your back, sitting upright takes no effort.</source>
            <comment>why</comment>
            <translation>Avec un soutien au creux des reins, rester assis droit ne demande aucun effort.</translation>
        </message>
        <message>
            <source>Move the backrest or its lumbar pad to belt height (15-25 cm above the seat); a rolled towel works too.</source>
            <comment>fix</comment>
            <translation>Placez le dossier ou son support lombaire à hauteur de ceinture (15-25 cm au-dessus de l'assise) ; une serviette roulée fait aussi l'affaire.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C3</name>
        <message>
            <source>Sitting back, can you fit 2-3 fingers between the seat's front edge and the backs of your knees?</source>
            <comment>question</comment>
            <translation>Assis au fond du siège, pouvez-vous glisser 2-3 doigts entre le bord avant de l'assise et l'arrière de vos genoux ?</translation>
        </message>
        <message>
            <source>A seat that is too deep presses behind your knees or pushes you forward, away from the backrest.</source>
            <comment>why</comment>
            <translation>Une assise trop profonde appuie derrière les genoux ou vous pousse vers l'avant, loin du dossier.</translation>
        </message>
        <message>
            <source>Slide the seat back if it adjusts; if not, put a firm cushion behind your back to bring you forward.</source>
            <comment>fix</comment>
            <translation>Reculez l'assise si elle est réglable ; sinon, placez un coussin ferme derrière votre dos pour vous avancer.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C4</name>
        <message>
            <source>Do the armrests let you sit close to the desk with your shoulders relaxed?</source>
            <comment>question</comment>
            <translation>Les accoudoirs vous permettent-ils de vous asseoir près du bureau, épaules relâchées ?</translation>
        </message>
        <message>
            <source>High armrests hitch your shoulders up, and armrests that bump the desk keep you from sitting close.</source>
            <comment>why</comment>
            <translation>Des accoudoirs trop hauts font remonter les épaules, et ceux qui butent contre le bureau vous empêchent de vous en approcher.</translation>
        </message>
        <message>
            <source>Lower the armrests or swing them out of the way; if they don't adjust, ask whether they can come off.</source>
            <comment>fix</comment>
            <translation>Baissez les accoudoirs ou écartez-les ; s'ils ne se règlent pas, demandez s'ils peuvent être retirés.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C5</name>
        <message>
            <source>Is your chair steady and in good repair, and do you know what each of its levers does?</source>
            <comment>question</comment>
            <translation>Votre chaise est-elle stable et en bon état, et savez-vous à quoi sert chacune de ses manettes ?</translation>
        </message>
        <message>
            <source>A chair only fits you if it works and you know how to adjust it.</source>
            <comment>why</comment>
            <translation>Une chaise ne vous convient que si elle fonctionne et que vous savez la régler.</translation>
        </message>
        <message>
            <source>Report broken or wobbly parts for repair; ask for a quick demo of the levers, or look up the chair's model.</source>
            <comment>fix</comment>
            <translation>Signalez les pièces cassées ou bancales pour réparation ; demandez une courte démonstration des manettes, ou cherchez le modèle de la chaise.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C6</name>
        <message>
            <source>Do you sit right back in the seat, with the backrest upright or tilted back slightly?</source>
            <comment>question</comment>
            <translation>Êtes-vous assis au fond du siège, avec le dossier droit ou légèrement incliné vers l'arrière ?</translation>
        </message>
        <message>
            <source>Leaning on a backrest set a little past upright takes load off your lower back; perching forward takes it all.</source>
            <comment>why</comment>
            <translation>S'appuyer sur un dossier un peu incliné soulage le bas du dos ; assis sur le bord, c'est lui qui porte tout.</translation>
        </message>
        <message>
            <source>Slide your hips to the back of the seat and set the backrest just past upright (about 100-110 degrees).</source>
            <comment>fix</comment>
            <translation>Reculez les hanches au fond du siège et inclinez le dossier juste au-delà de la verticale (environ 100-110 degrés).</translation>
        </message>
    </context>
    <context>
        <name>checklist:D1</name>
        <message>
            <source>Is there clear room under the desk for your thighs, knees and feet?</source>
            <comment>question</comment>
            <translation>Y a-t-il assez de place libre sous le bureau pour vos cuisses, vos genoux et vos pieds ?</translation>
        </message>
        <message>
            <source>Boxes or drawers under the desk make you sit twisted or perched away from it.</source>
            <comment>why</comment>
            <translation>Des cartons ou des tiroirs sous le bureau vous obligent à vous asseoir de travers ou à distance.</translation>
        </message>
        <message>
            <source>Store things elsewhere; if your knees touch the underside, raise the desk, or lower the seat and add a footrest.</source>
            <comment>fix</comment>
            <translation>Rangez ces objets ailleurs ; si vos genoux touchent le dessous, montez le bureau, ou baissez le siège et ajoutez un repose-pieds.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D2</name>
        <message>
            <source>Is the desk big enough to lay out your screen, keyboard and papers without squeezing?</source>
            <comment>question</comment>
            <translation>Le bureau est-il assez grand pour y disposer écran, clavier et documents sans vous serrer ?</translation>
        </message>
        <message>
            <source>On a crowded desk the screen ends up too close and the keyboard off to one side.</source>
            <comment>why</comment>
            <translation>Sur un bureau encombré, l'écran finit trop près et le clavier décalé sur le côté.</translation>
        </message>
        <message>
            <source>Clear off what you don't use daily and push the screen further back; ask for a bigger desk if it still won't fit.</source>
            <comment>fix</comment>
            <translation>Retirez ce que vous n'utilisez pas tous les jours et reculez l'écran ; si cela ne tient toujours pas, demandez un bureau plus grand.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D3</name>
        <message>
            <source>Can you reach the things you use often (phone, notes, mouse) without stretching?</source>
            <comment>question</comment>
            <translation>Pouvez-vous atteindre ce que vous utilisez souvent (téléphone, notes, souris) sans vous étirer ?</translation>
        </message>
        <message>
            <source>Stretching out for the same things many times a day tires your shoulders and back.</source>
            <comment>why</comment>
            <translation>Tendre le bras vers les mêmes objets plusieurs fois par jour fatigue les épaules et le dos.</translation>
        </message>
        <message>
            <source>Keep what you use daily within a forearm's reach and move the rarely used things further out.</source>
            <comment>fix</comment>
            <translation>Gardez ce que vous utilisez chaque jour à portée d'avant-bras et éloignez ce qui sert rarement.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D4</name>
        <message>
            <source>If you have a sit-stand desk, do you switch between sitting and standing through the day?</source>
            <comment>question</comment>
            <translation>Si vous avez un bureau assis-debout, travaillez-vous tour à tour assis et debout au fil de la journée ?</translation>
        </message>
        <message>
            <source>A sit-stand desk only helps when you actually change position; either posture held all day is tiring.</source>
            <comment>why</comment>
            <translation>Un bureau assis-debout n'aide que si vous changez vraiment de position ; l'une ou l'autre posture tenue toute la journée fatigue.</translation>
        </message>
        <message>
            <source>Swap about every 30 minutes to start with; a DeskCoach break is a handy moment to change.</source>
            <comment>fix</comment>
            <translation>Changez environ toutes les 30 minutes pour commencer ; une pause DeskCoach est un bon moment pour le faire.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D5</name>
        <message>
            <source>When you stand to work, are the desk and screen set for standing, and your feet comfortable?</source>
            <comment>question</comment>
            <translation>Quand vous travaillez debout, le bureau et l'écran sont-ils réglés pour la position debout, et vos pieds sont-ils à l'aise ?</translation>
        </message>
        <message>
            <source>A standing desk left at sitting height, or hard floor in thin shoes, soon makes standing a strain.</source>
            <comment>why</comment>
            <translation>Un bureau debout laissé à hauteur assise, ou un sol dur avec des chaussures fines, rend vite la station debout pénible.</translation>
        </message>
        <message>
            <source>Raise the desk until your forearms are level with it and the screen with it; wear supportive shoes or stand on a mat.</source>
            <comment>fix</comment>
            <translation>Montez le bureau jusqu'à ce que vos avant-bras soient à son niveau, et l'écran en conséquence ; portez des chaussures qui soutiennent ou tenez-vous sur un tapis.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D6</name>
        <message>
            <source>At home or at a shared desk, do you set the chair, desk and screen to fit you before you start?</source>
            <comment>question</comment>
            <translation>À la maison ou à un poste partagé, est-ce que vous réglez la chaise, le bureau et l'écran pour vous avant de commencer ?</translation>
        </message>
        <message>
            <source>A desk set up for someone else, or a kitchen table, fits you only by chance.</source>
            <comment>why</comment>
            <translation>Un poste réglé pour quelqu'un d'autre, ou une table de cuisine, ne vous convient que par hasard.</translation>
        </message>
        <message>
            <source>Take two minutes at the start: seat height, backrest, screen height and distance, keyboard; this checklist is the list.</source>
            <comment>fix</comment>
            <translation>Prenez deux minutes au début : hauteur d'assise, dossier, hauteur et distance de l'écran, clavier ; cette liste de contrôle est votre pense-bête.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S1</name>
        <message>
            <source>Is the top of the screen at or slightly below eye level (lower if you wear bifocals)?</source>
            <comment>question</comment>
            <translation>Le haut de l'écran est-il à hauteur des yeux ou légèrement en dessous (plus bas si vous portez des verres progressifs) ?</translation>
        </message>
        <message>
            <source>A screen set too high tips your head back; one set too low pulls it forward and down.</source>
            <comment>why</comment>
            <translation>Un écran trop haut fait basculer la tête en arrière ; trop bas, il la tire vers l'avant et vers le bas.</translation>
        </message>
        <message>
            <source>Raise the screen on a riser, monitor arm or books until the top line meets your eyes; bifocal wearers, go lower.</source>
            <comment>fix</comment>
            <translation>Surélevez l'écran avec un rehausseur, un bras articulé ou des livres jusqu'à ce que la première ligne soit à hauteur des yeux ; avec des verres progressifs, plus bas.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S2</name>
        <message>
            <source>Is the screen at least an arm's length away, with text you can read without leaning in?</source>
            <comment>question</comment>
            <translation>L'écran est-il au moins à une longueur de bras, avec un texte lisible sans vous pencher ?</translation>
        </message>
        <message>
            <source>Too close and your eyes work hard to focus; too far and you lean forward to read.</source>
            <comment>why</comment>
            <translation>Trop près, vos yeux peinent à faire la mise au point ; trop loin, vous vous penchez pour lire.</translation>
        </message>
        <message>
            <source>Put it at least an arm's length away (about 50 cm or more; farther for a big screen), then enlarge the text if needed.</source>
            <comment>fix</comment>
            <translation>Placez-le au moins à une longueur de bras (environ 50 cm ou plus ; davantage pour un grand écran), puis agrandissez le texte si besoin.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S3</name>
        <message>
            <source>Is the screen you use most straight in front of you, so you don't turn your head to see it?</source>
            <comment>question</comment>
            <translation>L'écran que vous utilisez le plus est-il juste en face de vous, sans que vous ayez à tourner la tête ?</translation>
        </message>
        <message>
            <source>Looking off to one side for hours keeps your neck twisted.</source>
            <comment>why</comment>
            <translation>Regarder sur le côté pendant des heures garde le cou en torsion.</translation>
        </message>
        <message>
            <source>Centre your main screen behind the keyboard; with two screens used equally, put the gap between them in the middle.</source>
            <comment>fix</comment>
            <translation>Centrez votre écran principal derrière le clavier ; avec deux écrans utilisés autant l'un que l'autre, placez la jonction au milieu.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S4</name>
        <message>
            <source>Can you read the screen without bright patches or mirror images of lights and windows on it?</source>
            <comment>question</comment>
            <translation>Pouvez-vous lire l'écran sans taches lumineuses ni reflets de lampes ou de fenêtres ?</translation>
        </message>
        <message>
            <source>Light bouncing off the screen fades the text, and you end up squinting or ducking your head around it.</source>
            <comment>why</comment>
            <translation>La lumière réfléchie par l'écran délave le texte, et vous finissez par plisser les yeux ou pencher la tête pour l'éviter.</translation>
        </message>
        <message>
            <source>Set the screen side-on to windows, draw the blinds when the sun is low, and tip the screen until the lamps vanish from it.</source>
            <comment>fix</comment>
            <translation>Placez l'écran perpendiculaire aux fenêtres, baissez les stores quand le soleil est bas, et inclinez l'écran jusqu'à ce que les lampes n'y apparaissent plus.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S5</name>
        <message>
            <source>Are brightness and contrast comfortable, and is the picture steady, without flicker?</source>
            <comment>question</comment>
            <translation>La luminosité et le contraste sont-ils confortables, et l'image est-elle stable, sans scintillement ?</translation>
        </message>
        <message>
            <source>A dim, glaring or flickering picture makes reading hard work.</source>
            <comment>why</comment>
            <translation>Une image terne, éblouissante ou qui scintille rend la lecture pénible.</translation>
        </message>
        <message>
            <source>Match the screen's brightness to the room in the display settings; report flicker that the settings don't cure.</source>
            <comment>fix</comment>
            <translation>Adaptez la luminosité de l'écran à la pièce dans les paramètres d'affichage ; signalez un scintillement que les paramètres ne corrigent pas.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S6</name>
        <message>
            <source>If you type from papers, are they held up near the screen rather than flat on the desk?</source>
            <comment>question</comment>
            <translation>Si vous tapez à partir de documents, sont-ils tenus droits près de l'écran plutôt qu'à plat sur le bureau ?</translation>
        </message>
        <message>
            <source>Looking down at papers and up at the screen again and again keeps your neck bobbing.</source>
            <comment>why</comment>
            <translation>Baisser les yeux vers les documents puis les relever vers l'écran, encore et encore, fait sans cesse monter et descendre la tête.</translation>
        </message>
        <message>
            <source>Put a document holder beside the screen, or between the keyboard and the screen, at about screen height.</source>
            <comment>fix</comment>
            <translation>Placez un porte-documents à côté de l'écran, ou entre le clavier et l'écran, à peu près à hauteur d'écran.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K1</name>
        <message>
            <source>When you type, are your elbows at about a right angle, shoulders relaxed and wrists straight?</source>
            <comment>question</comment>
            <translation>Quand vous tapez, vos coudes forment-ils à peu près un angle droit, épaules relâchées et poignets droits ?</translation>
        </message>
        <message>
            <source>With the keys at elbow height your shoulders can drop and your wrists stay straight.</source>
            <comment>why</comment>
            <translation>Avec les touches à hauteur des coudes, vos épaules peuvent descendre et vos poignets restent droits.</translation>
        </message>
        <message>
            <source>Adjust the chair until your forearms are level with the keys (add a footrest if needed) and fold the keyboard's feet flat.</source>
            <comment>fix</comment>
            <translation>Réglez la chaise pour que vos avant-bras soient au niveau des touches (avec un repose-pieds si besoin) et repliez les pieds du clavier.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K2</name>
        <message>
            <source>Is there room in front of the keyboard to rest your hands when you pause?</source>
            <comment>question</comment>
            <translation>Y a-t-il de la place devant le clavier pour poser les mains pendant les pauses ?</translation>
        </message>
        <message>
            <source>A place to rest your hands lets your arms relax instead of hovering over the keys.</source>
            <comment>why</comment>
            <translation>Un endroit où poser les mains permet aux bras de se détendre au lieu de rester suspendus au-dessus des touches.</translation>
        </message>
        <message>
            <source>Move the keyboard back from the desk edge so your hands and wrists have room in front of it.</source>
            <comment>fix</comment>
            <translation>Reculez le clavier du bord du bureau pour que vos mains et vos poignets aient de la place devant.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K3</name>
        <message>
            <source>Is your mouse right next to the keyboard, at the same height?</source>
            <comment>question</comment>
            <translation>Votre souris est-elle juste à côté du clavier, à la même hauteur ?</translation>
        </message>
        <message>
            <source>A mouse out at the side or on a higher shelf keeps your arm reaching away from your body.</source>
            <comment>why</comment>
            <translation>Une souris éloignée sur le côté ou posée plus haut oblige votre bras à rester tendu loin du corps.</translation>
        </message>
        <message>
            <source>Bring the mouse in close; a keyboard without a number pad shortens the reach, or try mousing with the other hand.</source>
            <comment>fix</comment>
            <translation>Rapprochez la souris ; un clavier sans pavé numérique réduit la distance, ou essayez la souris de l'autre main.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K4</name>
        <message>
            <source>Does your mouse fit your hand, with the pointer moving at a speed that feels right?</source>
            <comment>question</comment>
            <translation>Votre souris est-elle adaptée à votre main, avec un pointeur qui se déplace à une vitesse agréable ?</translation>
        </message>
        <message>
            <source>An awkward mouse or a sluggish pointer makes you grip harder and move your arm more.</source>
            <comment>why</comment>
            <translation>Une souris mal adaptée ou un pointeur trop lent vous fait serrer plus fort et bouger davantage le bras.</translation>
        </message>
        <message>
            <source>Set the pointer speed in the mouse settings; if it still feels wrong, ask to try another mouse or a trackball.</source>
            <comment>fix</comment>
            <translation>Réglez la vitesse du pointeur dans les paramètres de la souris ; si cela ne va toujours pas, demandez à essayer une autre souris ou un trackball.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K5</name>
        <message>
            <source>Is the keyboard centred in front of you, with the B key roughly in line with your navel?</source>
            <comment>question</comment>
            <translation>Le clavier est-il centré devant vous, la touche B à peu près dans l'axe de votre nombril ?</translation>
        </message>
        <message>
            <source>Typing on a keyboard pushed off to one side keeps your arms and upper back turned all day.</source>
            <comment>why</comment>
            <translation>Taper sur un clavier décalé sur le côté garde vos bras et le haut du dos tournés toute la journée.</translation>
        </message>
        <message>
            <source>Slide the keyboard so its letter keys (not the whole board) sit in front of you; the B key lines up with your navel.</source>
            <comment>fix</comment>
            <translation>Décalez le clavier pour que les touches de lettres (pas le clavier entier) soient devant vous ; la touche B est alors dans l'axe du nombril.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K6</name>
        <message>
            <source>If you have a wrist or palm rest, do you lean on it only while pausing, not while typing?</source>
            <comment>question</comment>
            <translation>Si vous avez un repose-poignets, l'utilisez-vous seulement pendant les pauses, et pas en tapant ?</translation>
        </message>
        <message>
            <source>Pressing your wrists on a rest while you type bends them and presses on the tissues inside.</source>
            <comment>why</comment>
            <translation>Appuyer les poignets sur un repose-poignets en tapant les plie et comprime les tissus à l'intérieur.</translation>
        </message>
        <message>
            <source>Let your hands float over the keys as you type and rest the heels of your hands on the rest only in pauses.</source>
            <comment>fix</comment>
            <translation>Laissez vos mains flotter au-dessus des touches quand vous tapez et posez la base des paumes sur le repose-poignets seulement pendant les pauses.</translation>
        </message>
    </context>
    <context>
        <name>checklist:L1</name>
        <message>
            <source>For longer spells on the laptop, do you use a separate keyboard and mouse, with its screen raised?</source>
            <comment>question</comment>
            <translation>Pour les longues sessions sur ordinateur portable, utilisez-vous un clavier et une souris séparés, avec l'écran surélevé ?</translation>
        </message>
        <message>
            <source>On a laptop the screen and keys are joined, so one of them is always at the wrong height.</source>
            <comment>why</comment>
            <translation>Sur un portable, l'écran et le clavier sont solidaires : l'un des deux est toujours à la mauvaise hauteur.</translation>
        </message>
        <message>
            <source>Raise the laptop on a stand so the screen is at eye level and plug in a keyboard and mouse, or use a dock and monitor.</source>
            <comment>fix</comment>
            <translation>Posez le portable sur un support pour avoir l'écran à hauteur des yeux et branchez un clavier et une souris, ou utilisez une station d'accueil et un moniteur.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E1</name>
        <message>
            <source>Is there enough light to read papers easily, without it glaring on the screen?</source>
            <comment>question</comment>
            <translation>Y a-t-il assez de lumière pour lire facilement vos documents, sans reflets sur l'écran ?</translation>
        </message>
        <message>
            <source>Too little light makes you lean in; too much, or in the wrong place, bounces off screen and paper.</source>
            <comment>why</comment>
            <translation>Trop peu de lumière vous fait vous pencher ; trop, ou mal placée, elle se reflète sur l'écran et le papier.</translation>
        </message>
        <message>
            <source>Add a desk lamp aimed at your papers, not the screen, or move out from under a bright ceiling light.</source>
            <comment>fix</comment>
            <translation>Ajoutez une lampe de bureau orientée vers vos documents, pas vers l'écran, ou éloignez-vous d'un plafonnier trop vif.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E2</name>
        <message>
            <source>Are the noise, temperature and air (not too dry or stuffy) comfortable where you work?</source>
            <comment>question</comment>
            <translation>Le bruit, la température et l'air (ni trop sec ni confiné) sont-ils agréables à votre poste ?</translation>
        </message>
        <message>
            <source>A noisy, stuffy, hot or cold room wears down your comfort and concentration over a day.</source>
            <comment>why</comment>
            <translation>Une pièce bruyante, confinée, trop chaude ou trop froide use votre confort et votre concentration au fil de la journée.</translation>
        </message>
        <message>
            <source>Tell facilities what bothers you and when it happens; meanwhile a fan, an extra layer or headphones can help.</source>
            <comment>fix</comment>
            <translation>Signalez aux services généraux ce qui vous gêne et quand cela arrive ; en attendant, un ventilateur, une couche de plus ou un casque peuvent aider.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E3</name>
        <message>
            <source>Is there room around your chair to shift position, stand up and stretch?</source>
            <comment>question</comment>
            <translation>Y a-t-il de la place autour de votre chaise pour changer de position, vous lever et vous étirer ?</translation>
        </message>
        <message>
            <source>Moving often is easy only when there is space to do it.</source>
            <comment>why</comment>
            <translation>Bouger souvent n'est facile que s'il y a de la place pour le faire.</translation>
        </message>
        <message>
            <source>Clear the floor around your chair and rearrange the furniture; ask facilities if the space is simply too small.</source>
            <comment>fix</comment>
            <translation>Dégagez le sol autour de votre chaise et réorganisez le mobilier ; contactez les services généraux si l'espace est tout simplement trop petit.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H1</name>
        <message>
            <source>Do you break up screen work at least once an hour with a short pause or an off-screen task?</source>
            <comment>question</comment>
            <translation>Faites-vous une courte pause ou une tâche sans écran au moins une fois par heure de travail sur écran ?</translation>
        </message>
        <message>
            <source>Short, frequent breaks suit screen work better than long, rare ones.</source>
            <comment>why</comment>
            <translation>Des pauses courtes et fréquentes conviennent mieux au travail sur écran que des pauses longues et rares.</translation>
        </message>
        <message>
            <source>Turn on DeskCoach's breaks, and save calls, filing and printing for the gaps between screen spells.</source>
            <comment>fix</comment>
            <translation>Activez les pauses de DeskCoach, et gardez appels, classement et impressions pour les moments entre deux périodes d'écran.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H2</name>
        <message>
            <source>Do you rest your eyes often, looking into the distance and blinking fully for a few seconds?</source>
            <comment>question</comment>
            <translation>Faites-vous souvent reposer vos yeux, en regardant au loin et en clignant bien des yeux quelques secondes ?</translation>
        </message>
        <message>
            <source>People blink less while reading a screen, and hours of close focus are tiring for the eyes.</source>
            <comment>why</comment>
            <translation>On cligne moins des yeux en lisant sur un écran, et des heures de vision de près fatiguent les yeux.</translation>
        </message>
        <message>
            <source>Every 20 minutes or so, look at something about 6 m (20 ft) away for 20 seconds and blink fully a few times.</source>
            <comment>fix</comment>
            <translation>Environ toutes les 20 minutes, regardez un point situé à environ 6 m (20 ft) pendant 20 secondes et clignez complètement des yeux plusieurs fois.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H3</name>
        <message>
            <source>Have you had an eye test recently?</source>
            <comment>question</comment>
            <translation>Avez-vous fait contrôler votre vue récemment ?</translation>
        </message>
        <message>
            <source>Some people need glasses made for screen distance; an eye test is how to find out.</source>
            <comment>why</comment>
            <translation>Certaines personnes ont besoin de lunettes adaptées à la distance de l'écran ; un examen de la vue permet de le savoir.</translation>
        </message>
        <message>
            <source>Ask your manager or HR: in the UK and EU, employers arrange an eye test for screen users who ask for one.</source>
            <comment>fix</comment>
            <translation>Demandez à votre responsable ou aux RH : dans l'UE et au Royaume-Uni, l'employeur organise un examen de la vue pour les utilisateurs d'écran qui le demandent.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H4</name>
        <message>
            <source>Has someone shown you how to adjust your chair, desk and screen to fit you?</source>
            <comment>question</comment>
            <translation>Quelqu'un vous a-t-il montré comment régler votre chaise, votre bureau et votre écran ?</translation>
        </message>
        <message>
            <source>Adjustable furniture only helps if you know how to set it.</source>
            <comment>why</comment>
            <translation>Un mobilier réglable n'aide que si vous savez le régler.</translation>
        </message>
        <message>
            <source>Ask your manager for a short workstation set-up session, or go through this checklist with each control in hand.</source>
            <comment>fix</comment>
            <translation>Demandez à votre responsable une courte séance de réglage de votre poste de travail, ou parcourez cette liste de contrôle en essayant chaque réglage.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H5</name>
        <message>
            <source>Are you free of aches, tingling or eye strain that you put down to your work?</source>
            <comment>question</comment>
            <translation>Êtes-vous sans douleurs, picotements ni fatigue visuelle liés à votre travail ?</translation>
        </message>
        <message>
            <source>Discomfort that keeps coming back is worth raising early, while it is easy to act on.</source>
            <comment>why</comment>
            <translation>Une gêne qui revient sans cesse mérite d'être signalée tôt, tant qu'il est facile d'agir.</translation>
        </message>
        <message>
            <source>Tell your manager so your workstation can be looked at again, and see a health professional if it lasts.</source>
            <comment>fix</comment>
            <translation>Prévenez votre responsable pour que votre poste de travail soit réexaminé, et consultez un professionnel de santé si cela persiste.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H6</name>
        <message>
            <source>For long calls, do you use a headset rather than holding the phone between your ear and shoulder?</source>
            <comment>question</comment>
            <translation>Pour les longs appels, utilisez-vous un casque plutôt que de coincer le téléphone entre l'oreille et l'épaule ?</translation>
        </message>
        <message>
            <source>Clamping a phone with your shoulder holds your neck bent to one side for the whole call.</source>
            <comment>why</comment>
            <translation>Coincer le téléphone avec l'épaule garde votre cou penché d'un côté pendant tout l'appel.</translation>
        </message>
        <message>
            <source>Use a headset or earphones for calls longer than a few minutes, or the speaker when you are on your own.</source>
            <comment>fix</comment>
            <translation>Utilisez un casque ou des écouteurs pour les appels de plus de quelques minutes, ou le haut-parleur si vous êtes seul.</translation>
        </message>
    </context>
</TS>
