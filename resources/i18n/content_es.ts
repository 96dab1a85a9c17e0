<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>exercise:ankle-pumps</name>
        <message>
            <source>Ankle pumps and circles</source>
            <comment>name</comment>
            <translation>Bombeo y círculos de tobillo</translation>
        </message>
        <message>
            <source>Point, flex and circle your feet to keep the blood moving in your lower legs.</source>
            <comment>summary</comment>
            <translation>Estira, flexiona y gira los pies para mantener la sangre en movimiento en la parte baja de las piernas.</translation>
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>dose</comment>
            <translation>10 bombeos y 10 círculos por pie</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 pumps and 10 circles.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 10 bombeos y 10 círculos.</translation>
        </message>
        <message>
            <source>Stretch one leg out in front, heel on the floor, and point your toes away.</source>
            <comment>steps[0].text</comment>
            <translation>Estira una pierna hacia delante, con el talón en el suelo, y estira la punta del pie.</translation>
        </message>
        <message>
            <source>Pull your toes back toward you, then point them again. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Lleva los dedos hacia ti y vuelve a estirar la punta. 10 veces.</translation>
        </message>
        <message>
            <source>Draw slow circles with your foot, 5 each way.</source>
            <comment>steps[2].text</comment>
            <translation>Dibuja círculos lentos con el pie, 5 en cada sentido.</translation>
        </message>
        <message>
            <source>Switch legs and do both moves with the other foot.</source>
            <comment>steps[3].text</comment>
            <translation>Cambia de pierna y haz los dos movimientos con el otro pie.</translation>
        </message>
        <message>
            <source>6 pumps and 6 circles a foot</source>
            <comment>levels[0].dose</comment>
            <translation>6 bombeos y 6 círculos por pie</translation>
        </message>
        <message>
            <source>Fewer, smaller movements; keep the heel on the floor.</source>
            <comment>levels[0].how</comment>
            <translation>Movimientos más pequeños y menos repeticiones; mantén el talón en el suelo.</translation>
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>levels[1].dose</comment>
            <translation>10 bombeos y 10 círculos por pie</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>15 pumps and 15 circles a foot</source>
            <comment>levels[2].dose</comment>
            <translation>15 bombeos y 15 círculos por pie</translation>
        </message>
        <message>
            <source>Lift the foot off the floor and make the circles larger.</source>
            <comment>levels[2].how</comment>
            <translation>Levanta el pie del suelo y haz los círculos más grandes.</translation>
        </message>
    </context>
    <context>
        <name>exercise:back-extension</name>
        <message>
            <source>Standing back bend</source>
            <comment>name</comment>
            <translation>Extensión de espalda de pie</translation>
        </message>
        <message>
            <source>A gentle lean back that undoes some of the forward bending of long sitting.</source>
            <comment>summary</comment>
            <translation>Una suave inclinación hacia atrás que compensa en parte el tiempo sentado e inclinado hacia delante.</translation>
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>dose</comment>
            <translation>8 inclinaciones suaves</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5-10 leans.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 5-10 inclinaciones.</translation>
        </message>
        <message>
            <source>Lean back only as far as feels easy, and keep your knees soft.</source>
            <comment>cautions[0]</comment>
            <translation>Inclínate hacia atrás solo hasta donde te resulte fácil y no bloquees las rodillas.</translation>
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>Sáltate este ejercicio si el dolor, el entumecimiento o el hormigueo se extienden por la pierna.</translation>
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation>Sáltate este ejercicio si tienes estenosis de canal lumbar o espondilolistesis.</translation>
        </message>
        <message>
            <source>Stand with feet apart and put your hands on the back of your hips, fingers down.</source>
            <comment>steps[0].text</comment>
            <translation>De pie, con los pies separados, pon las manos en la parte de atrás de la cadera, dedos hacia abajo.</translation>
        </message>
        <message>
            <source>Lean back gently over your hands, then come upright again. 8 times, slowly.</source>
            <comment>steps[1].text</comment>
            <translation>Inclínate suavemente hacia atrás sobre las manos y vuelve a erguirte. 8 veces, despacio.</translation>
        </message>
        <message>
            <source>5 small leans</source>
            <comment>levels[0].dose</comment>
            <translation>5 inclinaciones pequeñas</translation>
        </message>
        <message>
            <source>Lean back only a little, hands supporting the lower back.</source>
            <comment>levels[0].how</comment>
            <translation>Inclínate solo un poco hacia atrás, con las manos sujetando la zona lumbar.</translation>
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>levels[1].dose</comment>
            <translation>8 inclinaciones suaves</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>10 leans, 2 s at the end</source>
            <comment>levels[2].dose</comment>
            <translation>10 inclinaciones, 2 s al final</translation>
        </message>
        <message>
            <source>Pause briefly at the end of each lean if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Detente un momento al final de cada inclinación si sigue siendo cómodo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:belly-breathing</name>
        <message>
            <source>Slow belly breathing</source>
            <comment>name</comment>
            <translation>Respiración abdominal lenta</translation>
        </message>
        <message>
            <source>Slow breaths into the belly, a calm way to settle between tasks.</source>
            <comment>summary</comment>
            <translation>Respiraciones lentas hacia el abdomen, una forma tranquila de serenarte entre tareas.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>dose</comment>
            <translation>8 respiraciones lentas</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 6-10 breaths, about 4 s in and 6 s out.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 6-10 respiraciones, unos 4 s al inhalar y 6 s al exhalar.</translation>
        </message>
        <message>
            <source>Feeling light-headed? Breathe more gently, or go back to normal breathing.</source>
            <comment>cautions[0]</comment>
            <translation>¿Te mareas un poco? Respira con más suavidad o vuelve a respirar con normalidad.</translation>
        </message>
        <message>
            <source>Don't hold your breath; let each breath flow into the next.</source>
            <comment>cautions[1]</comment>
            <translation>No contengas la respiración; deja que cada respiración fluya hacia la siguiente.</translation>
        </message>
        <message>
            <source>Sit back comfortably, shoulders loose, one hand resting on your belly.</source>
            <comment>steps[0].text</comment>
            <translation>Recuéstate cómodamente, hombros sueltos, con una mano apoyada en el abdomen.</translation>
        </message>
        <message>
            <source>Breathe in through your nose so your belly lifts your hand; breathe out long and soft.</source>
            <comment>steps[1].text</comment>
            <translation>Inhala por la nariz de modo que el abdomen levante la mano; exhala largo y suave.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>5 respiraciones lentas</translation>
        </message>
        <message>
            <source>Fewer breaths; breathe out for as long as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Menos respiraciones; exhala tanto tiempo como te resulte fácil.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation>8 respiraciones lentas</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>10 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>10 respiraciones lentas</translation>
        </message>
        <message>
            <source>More breaths, with a slightly longer breath out.</source>
            <comment>levels[2].how</comment>
            <translation>Más respiraciones, con una exhalación algo más larga.</translation>
        </message>
    </context>
    <context>
        <name>exercise:bruegger-relief</name>
        <message>
            <source>Brügger relief position</source>
            <comment>name</comment>
            <translation>Postura de descarga de Brügger</translation>
        </message>
        <message>
            <source>Sit at the chair edge and open up: the opposite of a slumped desk posture.</source>
            <comment>summary</comment>
            <translation>Siéntate en el borde de la silla y abre el cuerpo: lo contrario de encorvarse ante el escritorio.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>dose</comment>
            <translation>5 respiraciones lentas</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 3-5 slow breaths.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 3-5 respiraciones lentas.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una silla que no se desplace: sin ruedas o con las ruedas bloqueadas.</translation>
        </message>
        <message>
            <source>Keep the lift small; it should feel open, never strained.</source>
            <comment>cautions[1]</comment>
            <translation>Eleva el pecho solo un poco; debe sentirse abierto, nunca forzado.</translation>
        </message>
        <message>
            <source>Move to the front edge of your seat and sit tall.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate en el borde delantero del asiento y mantente erguido.</translation>
        </message>
        <message>
            <source>Set your feet wide and turned out, lift your breastbone, turn your palms forward.</source>
            <comment>steps[1].text</comment>
            <translation>Separa bien los pies, con las puntas hacia fuera; eleva el esternón y gira las palmas hacia delante.</translation>
        </message>
        <message>
            <source>Stay in this open shape for 5 slow breaths, then relax.</source>
            <comment>steps[2].text</comment>
            <translation>Mantén esta postura abierta durante 5 respiraciones lentas y luego relájate.</translation>
        </message>
        <message>
            <source>3 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>3 respiraciones lentas</translation>
        </message>
        <message>
            <source>Fewer breaths; turn the palms out only part way.</source>
            <comment>levels[0].how</comment>
            <translation>Menos respiraciones; gira las palmas hacia fuera solo en parte.</translation>
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation>5 respiraciones lentas</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>8 respiraciones lentas</translation>
        </message>
        <message>
            <source>More breaths, holding the open position throughout.</source>
            <comment>levels[2].how</comment>
            <translation>Más respiraciones, manteniendo la postura abierta todo el tiempo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:calf-raises</name>
        <message>
            <source>Calf raises</source>
            <comment>name</comment>
            <translation>Elevaciones de talones</translation>
        </message>
        <message>
            <source>Works your calves and gets the blood moving in legs that have been still.</source>
            <comment>summary</comment>
            <translation>Trabaja las pantorrillas y activa la circulación de unas piernas que han estado quietas.</translation>
        </message>
        <message>
            <source>12 raises</source>
            <comment>dose</comment>
            <translation>12 elevaciones</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10-15 raises.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 10-15 elevaciones.</translation>
        </message>
        <message>
            <source>Unsteady on your feet? Keep both hands on the desk, or take the seated version.</source>
            <comment>cautions[0]</comment>
            <translation>¿Poco estable de pie? Mantén las dos manos en el escritorio o haz la versión sentada.</translation>
        </message>
        <message>
            <source>Sore Achilles tendon or heel? Rise only a little, or pick another move.</source>
            <comment>cautions[1]</comment>
            <translation>¿Te duele el tendón de Aquiles o el talón? Súbete solo un poco o elige otro ejercicio.</translation>
        </message>
        <message>
            <source>Stand facing your desk, feet hip-width apart, fingertips resting on it.</source>
            <comment>steps[0].text</comment>
            <translation>De pie frente al escritorio, con los pies a la anchura de la cadera y las yemas de los dedos apoyadas en él.</translation>
        </message>
        <message>
            <source>Rise up onto your toes, then lower your heels slowly. 12 times.</source>
            <comment>steps[1].text</comment>
            <translation>Súbete de puntillas y baja los talones despacio. 12 veces.</translation>
        </message>
        <message>
            <source>8 raises</source>
            <comment>levels[0].dose</comment>
            <translation>8 elevaciones</translation>
        </message>
        <message>
            <source>Fewer raises, both hands on the desk, lifting only part way.</source>
            <comment>levels[0].how</comment>
            <translation>Menos elevaciones, con las dos manos en el escritorio, subiendo solo en parte.</translation>
        </message>
        <message>
            <source>12 raises</source>
            <comment>levels[1].dose</comment>
            <translation>12 elevaciones</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>15 raises, 2 s lowering</source>
            <comment>levels[2].dose</comment>
            <translation>15 elevaciones, 2 s al bajar</translation>
        </message>
        <message>
            <source>More raises, lowering slowly over two seconds.</source>
            <comment>levels[2].how</comment>
            <translation>Más elevaciones, bajando despacio durante dos segundos.</translation>
        </message>
    </context>
    <context>
        <name>exercise:chin-tuck</name>
        <message>
            <source>Chin tucks</source>
            <comment>name</comment>
            <translation>Retracción de barbilla</translation>
        </message>
        <message>
            <source>Slides your head back over your shoulders after leaning in toward the screen.</source>
            <comment>summary</comment>
            <translation>Lleva la cabeza de vuelta sobre los hombros después de inclinarte hacia la pantalla.</translation>
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>dose</comment>
            <translation>8 retracciones de 3 s</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 tucks held 3-5 s.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 8-10 retracciones de 3-5 s.</translation>
        </message>
        <message>
            <source>Keep your eyes level: the head slides straight back, it does not nod down.</source>
            <comment>cautions[0]</comment>
            <translation>Mantén la mirada al frente: la cabeza se desliza recta hacia atrás, sin bajar la barbilla.</translation>
        </message>
        <message>
            <source>Stop if you notice pain or tingling going into an arm.</source>
            <comment>cautions[1]</comment>
            <translation>Para si notas dolor u hormigueo que baja hacia un brazo.</translation>
        </message>
        <message>
            <source>Sit or stand tall and look straight ahead.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate o ponte de pie, erguido, y mira al frente.</translation>
        </message>
        <message>
            <source>Glide your head straight back, making a double chin. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Desliza la cabeza recta hacia atrás, como si hicieras papada. Mantén 3 s y relaja. 8 veces.</translation>
        </message>
        <message>
            <source>5 tucks, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 retracciones de 2 s</translation>
        </message>
        <message>
            <source>Fewer, gentler tucks with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation>Menos retracciones, más suaves y más breves.</translation>
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 retracciones de 3 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>10 tucks, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 retracciones de 5 s</translation>
        </message>
        <message>
            <source>More tucks with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Más retracciones, manteniendo más tiempo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:doorway-chest-stretch</name>
        <message>
            <source>Doorway chest stretch</source>
            <comment>name</comment>
            <translation>Estiramiento de pecho en el marco de la puerta</translation>
        </message>
        <message>
            <source>Opens the chest and the fronts of the shoulders, which tighten as you hunch.</source>
            <comment>summary</comment>
            <translation>Abre el pecho y la parte delantera de los hombros, que se acortan al encorvarte.</translation>
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>dose</comment>
            <translation>25 s, 2 veces</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 2 holds of 20-30 s.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 20-30 s, 2 veces.</translation>
        </message>
        <message>
            <source>Shoulder that feels loose or has slipped out before? Keep your elbow lower.</source>
            <comment>cautions[0]</comment>
            <translation>¿Notas el hombro flojo o se te ha salido alguna vez? Mantén el codo más bajo.</translation>
        </message>
        <message>
            <source>Stand in a doorway and rest one forearm on the frame, elbow at shoulder height.</source>
            <comment>steps[0].text</comment>
            <translation>Ponte en el marco de una puerta y apoya un antebrazo en el marco, con el codo a la altura del hombro.</translation>
        </message>
        <message>
            <source>Step one foot through and turn your chest gently away from that arm. Hold 25 s.</source>
            <comment>steps[1].text</comment>
            <translation>Da un paso adelante con un pie y gira el pecho con suavidad, alejándolo de ese brazo. Mantén 25 s.</translation>
        </message>
        <message>
            <source>Step back, breathe, then do the same with the other arm on the other side.</source>
            <comment>steps[2].text</comment>
            <translation>Vuelve atrás, respira y haz lo mismo con el otro brazo en el otro lado.</translation>
        </message>
        <message>
            <source>2 holds of 15 s</source>
            <comment>levels[0].dose</comment>
            <translation>15 s, 2 veces</translation>
        </message>
        <message>
            <source>Shorter holds, elbows lower and a smaller step.</source>
            <comment>levels[0].how</comment>
            <translation>Menos tiempo, con los codos más bajos y un paso más corto.</translation>
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>levels[1].dose</comment>
            <translation>25 s, 2 veces</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>2 holds of 30 s</source>
            <comment>levels[2].dose</comment>
            <translation>30 s, 2 veces</translation>
        </message>
        <message>
            <source>Longer holds with a slightly deeper step.</source>
            <comment>levels[2].how</comment>
            <translation>Más tiempo, con un paso algo más largo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:eye-rest-20-20-20</name>
        <message>
            <source>20-20-20 eye rest</source>
            <comment>name</comment>
            <translation>Descanso visual 20-20-20</translation>
        </message>
        <message>
            <source>Lets your eyes relax their focus and blink fully after close work at the screen.</source>
            <comment>summary</comment>
            <translation>Permite que los ojos relajen el enfoque y parpadeen por completo tras mirar de cerca la pantalla.</translation>
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>dose</comment>
            <translation>20 s, mirando a 6 m</translation>
        </message>
        <message>
            <source>At least 20 s looking 6 m (20 feet) away, about every 20 minutes, as in the 20-20-20 trial cited.</source>
            <comment>dose_basis</comment>
            <translation>Al menos 20 s mirando a 6 m (20 pies), cada 20 minutos más o menos, como en el ensayo 20-20-20 citado.</translation>
        </message>
        <message>
            <source>Look away from the screen to something at least 6 m (20 ft) away.</source>
            <comment>steps[0].text</comment>
            <translation>Aparta la vista de la pantalla y mira algo que esté al menos a 6 m (20 pies).</translation>
        </message>
        <message>
            <source>Keep your eyes on it for 20 seconds and let your face soften.</source>
            <comment>steps[1].text</comment>
            <translation>Mantén la mirada en ello durante 20 segundos y relaja la cara.</translation>
        </message>
        <message>
            <source>Blink slowly and fully a few times, closing your eyes all the way.</source>
            <comment>steps[2].text</comment>
            <translation>Parpadea lenta y completamente varias veces, cerrando los ojos del todo.</translation>
        </message>
        <message>
            <source>10 s, looking far away</source>
            <comment>levels[0].dose</comment>
            <translation>10 s, mirando a lo lejos</translation>
        </message>
        <message>
            <source>A short look at the farthest point you can see.</source>
            <comment>levels[0].how</comment>
            <translation>Una mirada breve al punto más lejano que puedas ver.</translation>
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>levels[1].dose</comment>
            <translation>20 s, mirando a 6 m</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>30 s, looking 6 m away</source>
            <comment>levels[2].dose</comment>
            <translation>30 s, mirando a 6 m</translation>
        </message>
        <message>
            <source>Look longer and blink fully a few times.</source>
            <comment>levels[2].how</comment>
            <translation>Mira más tiempo y parpadea por completo varias veces.</translation>
        </message>
    </context>
    <context>
        <name>exercise:hip-flexor-stretch</name>
        <message>
            <source>Standing hip-flexor stretch</source>
            <comment>name</comment>
            <translation>Estiramiento de flexores de cadera de pie</translation>
        </message>
        <message>
            <source>Opens the fronts of your hips, which stay folded for as long as you sit.</source>
            <comment>summary</comment>
            <translation>Abre la parte delantera de la cadera, que permanece flexionada todo el tiempo que estás sentado.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation>25 s por lado</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 20-30 s por lado.</translation>
        </message>
        <message>
            <source>Sore knee? Take a shorter step and keep a hand on the desk.</source>
            <comment>cautions[0]</comment>
            <translation>¿Te molesta la rodilla? Da un paso más corto y apoya una mano en el escritorio.</translation>
        </message>
        <message>
            <source>Hold the desk and step one foot well back, both feet pointing forward.</source>
            <comment>steps[0].text</comment>
            <translation>Sujétate al escritorio y lleva un pie bien atrás, con ambos pies apuntando al frente.</translation>
        </message>
        <message>
            <source>Tuck your tailbone under, squeeze the back buttock and shift forward gently. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Mete el coxis, aprieta el glúteo de la pierna de atrás y desplázate suavemente hacia delante. Mantén.</translation>
        </message>
        <message>
            <source>Switch legs and hold the stretch on the other side.</source>
            <comment>steps[2].text</comment>
            <translation>Cambia de pierna y mantén el estiramiento del otro lado.</translation>
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>15 s por lado</translation>
        </message>
        <message>
            <source>Shorter holds with a smaller step; hold the desk.</source>
            <comment>levels[0].how</comment>
            <translation>Menos tiempo y un paso más corto; sujétate al escritorio.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>25 s por lado</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>30 s por lado</translation>
        </message>
        <message>
            <source>Longer holds, squeezing the back buttock a little more.</source>
            <comment>levels[2].how</comment>
            <translation>Más tiempo, apretando un poco más el glúteo de la pierna de atrás.</translation>
        </message>
    </context>
    <context>
        <name>exercise:hip-hinge</name>
        <message>
            <source>Hip hinge</source>
            <comment>name</comment>
            <translation>Bisagra de cadera</translation>
        </message>
        <message>
            <source>Practice bending from the hips with a long back, the easy way to reach down.</source>
            <comment>summary</comment>
            <translation>Practica cómo inclinarte desde la cadera con la espalda larga, la forma fácil de agacharte.</translation>
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>dose</comment>
            <translation>8 bisagras lentas</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 hinges.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 8-10 bisagras.</translation>
        </message>
        <message>
            <source>Back feeling tight? Keep the bend small and let the hips do the moving.</source>
            <comment>cautions[0]</comment>
            <translation>¿Espalda tensa? Inclínate poco y deja que la cadera haga el movimiento.</translation>
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation>Para si sientes dolor, entumecimiento u hormigueo que baja por una pierna.</translation>
        </message>
        <message>
            <source>Stand with feet hip-width apart, knees soft, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation>De pie, con los pies a la anchura de la cadera, rodillas sueltas y las manos apoyadas en los muslos.</translation>
        </message>
        <message>
            <source>Push your hips back, head, upper back and tailbone in one line; squeeze to rise. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Lleva la cadera atrás, con cabeza, espalda alta y coxis en línea; aprieta glúteos para subir. 8 veces.</translation>
        </message>
        <message>
            <source>Finish standing tall and let your breath settle.</source>
            <comment>steps[2].text</comment>
            <translation>Termina de pie, erguido, y deja que la respiración se calme.</translation>
        </message>
        <message>
            <source>5 slow hinges</source>
            <comment>levels[0].dose</comment>
            <translation>5 bisagras lentas</translation>
        </message>
        <message>
            <source>Fewer hinges, bending only a little, hands on the thighs.</source>
            <comment>levels[0].how</comment>
            <translation>Menos bisagras, inclinándote solo un poco, con las manos en los muslos.</translation>
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>levels[1].dose</comment>
            <translation>8 bisagras lentas</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>12 slow hinges</source>
            <comment>levels[2].dose</comment>
            <translation>12 bisagras lentas</translation>
        </message>
        <message>
            <source>More hinges, with a slower return to standing.</source>
            <comment>levels[2].how</comment>
            <translation>Más bisagras, volviendo más despacio a la posición de pie.</translation>
        </message>
    </context>
    <context>
        <name>exercise:near-far-focus</name>
        <message>
            <source>Near and far focus</source>
            <comment>name</comment>
            <translation>Enfoque cerca y lejos</translation>
        </message>
        <message>
            <source>Switch your focus between near and far for a change from the fixed screen distance.</source>
            <comment>summary</comment>
            <translation>Alterna el enfoque entre cerca y lejos para salir de la distancia fija de la pantalla.</translation>
        </message>
        <message>
            <source>10 switches</source>
            <comment>dose</comment>
            <translation>10 cambios</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 switches.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 10 cambios.</translation>
        </message>
        <message>
            <source>Hold a pen upright about 30 cm in front of your face.</source>
            <comment>steps[0].text</comment>
            <translation>Sostén un bolígrafo en vertical a unos 30 cm delante de la cara.</translation>
        </message>
        <message>
            <source>Focus on the pen tip for a moment, then on something far away. Switch 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Enfoca un momento la punta del bolígrafo y luego algo lejano. Alterna 10 veces.</translation>
        </message>
        <message>
            <source>6 switches</source>
            <comment>levels[0].dose</comment>
            <translation>6 cambios</translation>
        </message>
        <message>
            <source>Fewer switches, pausing longer at the far point.</source>
            <comment>levels[0].how</comment>
            <translation>Menos cambios, deteniéndote más en el punto lejano.</translation>
        </message>
        <message>
            <source>10 switches</source>
            <comment>levels[1].dose</comment>
            <translation>10 cambios</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>15 switches</source>
            <comment>levels[2].dose</comment>
            <translation>15 cambios</translation>
        </message>
        <message>
            <source>More switches at an even pace.</source>
            <comment>levels[2].how</comment>
            <translation>Más cambios a un ritmo constante.</translation>
        </message>
    </context>
    <context>
        <name>exercise:neck-rotation</name>
        <message>
            <source>Neck turns</source>
            <comment>name</comment>
            <translation>Giros de cuello</translation>
        </message>
        <message>
            <source>Slow looks over each shoulder to keep your neck turning freely.</source>
            <comment>summary</comment>
            <translation>Miradas lentas por encima de cada hombro para que el cuello siga girando con libertad.</translation>
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>dose</comment>
            <translation>3 giros por lado</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 3 turns each side.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 3 giros por lado.</translation>
        </message>
        <message>
            <source>Move slowly and keep the turn within an easy range.</source>
            <comment>cautions[0]</comment>
            <translation>Muévete despacio y gira solo dentro de un rango cómodo.</translation>
        </message>
        <message>
            <source>Sit or stand tall, shoulders relaxed, chin level.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate o ponte de pie, erguido, con los hombros relajados y la barbilla recta.</translation>
        </message>
        <message>
            <source>Turn your head slowly to look over your right shoulder. Hold 5 s, come back. 3 times.</source>
            <comment>steps[1].text</comment>
            <translation>Gira la cabeza despacio para mirar por encima del hombro derecho. Mantén 5 s y vuelve. 3 veces.</translation>
        </message>
        <message>
            <source>Now look over your left shoulder the same way. 3 times.</source>
            <comment>steps[2].text</comment>
            <translation>Ahora mira por encima del hombro izquierdo de la misma forma. 3 veces.</translation>
        </message>
        <message>
            <source>2 small turns each side</source>
            <comment>levels[0].dose</comment>
            <translation>2 giros pequeños por lado</translation>
        </message>
        <message>
            <source>Turn only part way, staying well inside comfort.</source>
            <comment>levels[0].how</comment>
            <translation>Gira solo en parte, siempre muy dentro de lo cómodo.</translation>
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>levels[1].dose</comment>
            <translation>3 giros por lado</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>4 turns each side</source>
            <comment>levels[2].dose</comment>
            <translation>4 giros por lado</translation>
        </message>
        <message>
            <source>More turns, holding each for a breath.</source>
            <comment>levels[2].how</comment>
            <translation>Más giros, manteniendo cada uno durante una respiración.</translation>
        </message>
    </context>
    <context>
        <name>exercise:neck-side-bend</name>
        <message>
            <source>Neck side stretch</source>
            <comment>name</comment>
            <translation>Estiramiento lateral de cuello</translation>
        </message>
        <message>
            <source>Eases the sides of your neck and the tops of your shoulders.</source>
            <comment>summary</comment>
            <translation>Alivia los lados del cuello y la parte superior de los hombros.</translation>
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>dose</comment>
            <translation>2 × 15 s por lado</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 2 holds of 15 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 15 s, 2 veces por lado.</translation>
        </message>
        <message>
            <source>Let the weight of your head do the work; don't pull it down with your hand.</source>
            <comment>cautions[0]</comment>
            <translation>Deja que el peso de la cabeza haga el trabajo; no tires de ella con la mano.</translation>
        </message>
        <message>
            <source>Let your left arm hang or hold the seat; tip your right ear toward your right shoulder.</source>
            <comment>steps[0].text</comment>
            <translation>Deja colgar el brazo izquierdo o sujeta el asiento; inclina la oreja derecha hacia el hombro derecho.</translation>
        </message>
        <message>
            <source>Lift your head slowly, then tip your left ear toward your left shoulder the same way.</source>
            <comment>steps[1].text</comment>
            <translation>Levanta la cabeza despacio e inclina la oreja izquierda hacia el hombro izquierdo de la misma forma.</translation>
        </message>
        <message>
            <source>Once more to the right, breathing slowly.</source>
            <comment>steps[2].text</comment>
            <translation>Una vez más a la derecha, respirando despacio.</translation>
        </message>
        <message>
            <source>And once more to the left, then lift your head up slowly.</source>
            <comment>steps[3].text</comment>
            <translation>Y una vez más a la izquierda; luego levanta la cabeza despacio.</translation>
        </message>
        <message>
            <source>2 × 10 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>2 × 10 s por lado</translation>
        </message>
        <message>
            <source>Shorter holds, a smaller bend, no hand on the head.</source>
            <comment>levels[0].how</comment>
            <translation>Menos tiempo, una inclinación menor y sin la mano en la cabeza.</translation>
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>2 × 15 s por lado</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>2 × 20 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>2 × 20 s por lado</translation>
        </message>
        <message>
            <source>Longer holds on each side.</source>
            <comment>levels[2].how</comment>
            <translation>Más tiempo en cada lado.</translation>
        </message>
    </context>
    <context>
        <name>exercise:overhead-reach</name>
        <message>
            <source>Overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation>Brazos arriba con respiración lenta</translation>
        </message>
        <message>
            <source>Stretch tall through your sides and chest while your breathing slows down.</source>
            <comment>summary</comment>
            <translation>Estírate hacia arriba por los costados y el pecho mientras tu respiración se vuelve más lenta.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation>10 respiraciones lentas, brazos abajo entre ellas</translation>
        </message>
        <message>
            <source>The physiotherapy articles behind DeskCoach suggest a desk reset every 30-45 minutes: 10 slow breaths, reaching up and to the sides.</source>
            <comment>dose_basis</comment>
            <translation>Los artículos de fisioterapia en que se basa DeskCoach sugieren una pausa en el escritorio cada 30-45 minutos: 10 respiraciones lentas, estirándose hacia arriba y a los lados.</translation>
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[0]</comment>
            <translation>¿Te duele el hombro? Levanta un brazo cada vez o detente más abajo, donde aún sea cómodo.</translation>
        </message>
        <message>
            <source>Stand tall, feet hip-width apart, and let your ribs settle down.</source>
            <comment>steps[0].text</comment>
            <translation>De pie, erguido, con los pies a la anchura de la cadera; deja que las costillas bajen.</translation>
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your sides.</source>
            <comment>steps[1].text</comment>
            <translation>Inhala mientras subes los dos brazos; exhala mientras los bajas a los costados.</translation>
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation>Inhala y estírate hacia arriba y hacia la izquierda; exhala y baja los brazos.</translation>
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation>Ahora estírate hacia arriba y a la derecha de la misma forma, bajando los brazos cada vez.</translation>
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>6 respiraciones lentas</translation>
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Menos respiraciones; sube los brazos solo hasta donde te resulte fácil.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation>10 respiraciones lentas, brazos abajo entre ellas</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>13 respiraciones lentas</translation>
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation>Más respiraciones, añadiendo una suave inclinación a cada lado.</translation>
        </message>
    </context>
    <context>
        <name>exercise:palming</name>
        <message>
            <source>Palming</source>
            <comment>name</comment>
            <translation>Palmeo</translation>
        </message>
        <message>
            <source>Warm, cupped hands shut out the light and give your eyes a short rest.</source>
            <comment>summary</comment>
            <translation>Las manos calientes y ahuecadas bloquean la luz y dan a tus ojos un breve descanso.</translation>
        </message>
        <message>
            <source>25 s</source>
            <comment>dose</comment>
            <translation>25 s</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 20-30 s.</translation>
        </message>
        <message>
            <source>Rest your hands on the bones around your eyes; no pressure on the eyes.</source>
            <comment>cautions[0]</comment>
            <translation>Apoya las manos en los huesos que rodean los ojos; no presiones los ojos.</translation>
        </message>
        <message>
            <source>Skip this if you have had eye surgery recently.</source>
            <comment>avoid_if[0]</comment>
            <translation>Sáltate este ejercicio si te han operado de los ojos hace poco.</translation>
        </message>
        <message>
            <source>Rub your palms together briskly until they feel warm.</source>
            <comment>steps[0].text</comment>
            <translation>Frota las palmas con energía hasta que estén calientes.</translation>
        </message>
        <message>
            <source>Close your eyes and cup your hands over them, fingers on your forehead. Rest.</source>
            <comment>steps[1].text</comment>
            <translation>Cierra los ojos y cúbrelos con las manos ahuecadas, los dedos sobre la frente. Descansa.</translation>
        </message>
        <message>
            <source>15 s</source>
            <comment>levels[0].dose</comment>
            <translation>15 s</translation>
        </message>
        <message>
            <source>A shorter rest with the palms cupped over the eyes.</source>
            <comment>levels[0].how</comment>
            <translation>Un descanso más corto con las palmas ahuecadas sobre los ojos.</translation>
        </message>
        <message>
            <source>25 s</source>
            <comment>levels[1].dose</comment>
            <translation>25 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>40 s</source>
            <comment>levels[2].dose</comment>
            <translation>40 s</translation>
        </message>
        <message>
            <source>A longer rest, breathing slowly.</source>
            <comment>levels[2].how</comment>
            <translation>Un descanso más largo, respirando despacio.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-ab-brace</name>
        <message>
            <source>Seated belly brace</source>
            <comment>name</comment>
            <translation>Activación abdominal sentado</translation>
        </message>
        <message>
            <source>Wakes up the deep belly muscles that support your lower back while you sit.</source>
            <comment>summary</comment>
            <translation>Activa los músculos abdominales profundos que sostienen la zona lumbar mientras estás sentado.</translation>
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>dose</comment>
            <translation>8 activaciones de 5 s</translation>
        </message>
        <message>
            <source>Keep breathing while you brace; never hold your breath.</source>
            <comment>cautions[0]</comment>
            <translation>Sigue respirando mientras activas el abdomen; nunca contengas la respiración.</translation>
        </message>
        <message>
            <source>Sit tall, feet flat, and rest both hands on your belly.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate erguido, con los pies apoyados, y pon las dos manos sobre el abdomen.</translation>
        </message>
        <message>
            <source>Breathe out and firm your belly as if for a light poke, ribs down. Hold 5 s. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Exhala y tensa el abdomen como ante un leve empujón, costillas abajo. Mantén 5 s. 8 veces.</translation>
        </message>
        <message>
            <source>5 braces, 3 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 activaciones de 3 s</translation>
        </message>
        <message>
            <source>Fewer, lighter braces; keep breathing throughout.</source>
            <comment>levels[0].how</comment>
            <translation>Menos activaciones y más suaves; sigue respirando todo el tiempo.</translation>
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 activaciones de 5 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>10 braces, 8 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 activaciones de 8 s</translation>
        </message>
        <message>
            <source>More braces held longer, still breathing normally.</source>
            <comment>levels[2].how</comment>
            <translation>Más activaciones, mantenidas más tiempo, respirando con normalidad.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-back-extension</name>
        <message>
            <source>Seated back bend</source>
            <comment>name</comment>
            <translation>Extensión de espalda sentado</translation>
        </message>
        <message>
            <source>Lift your chest at the edge of your chair to come out of a slumped curve.</source>
            <comment>summary</comment>
            <translation>Eleva el pecho en el borde de la silla para salir de la postura encorvada.</translation>
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>dose</comment>
            <translation>8 elevaciones de pecho</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5-10, as for the standing back extension.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 5-10, como en la extensión de espalda de pie.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una silla que no se desplace: sin ruedas o con las ruedas bloqueadas.</translation>
        </message>
        <message>
            <source>Move gently, and only as far as feels easy.</source>
            <comment>cautions[1]</comment>
            <translation>Muévete con suavidad y solo hasta donde te resulte fácil.</translation>
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>Sáltate este ejercicio si el dolor, el entumecimiento o el hormigueo se extienden por la pierna.</translation>
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation>Sáltate este ejercicio si tienes estenosis de canal lumbar o espondilolistesis.</translation>
        </message>
        <message>
            <source>Sit on the front edge of your chair, feet flat, hands on your lower back.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate en el borde delantero de la silla, con los pies apoyados y las manos en la zona lumbar.</translation>
        </message>
        <message>
            <source>Lift your chest up and forward so your lower back arches a little. Ease off. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Eleva el pecho hacia arriba y adelante para que la zona lumbar se arquee un poco. Afloja. 8 veces.</translation>
        </message>
        <message>
            <source>5 chest lifts</source>
            <comment>levels[0].dose</comment>
            <translation>5 elevaciones de pecho</translation>
        </message>
        <message>
            <source>Fewer lifts, moving only a little.</source>
            <comment>levels[0].how</comment>
            <translation>Menos elevaciones, moviéndote solo un poco.</translation>
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>levels[1].dose</comment>
            <translation>8 elevaciones de pecho</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>10 chest lifts, 2 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 elevaciones de pecho de 2 s</translation>
        </message>
        <message>
            <source>More lifts with a short pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation>Más elevaciones, con una breve pausa arriba.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-chest-opener</name>
        <message>
            <source>Seated chest opener</source>
            <comment>name</comment>
            <translation>Apertura de pecho sentado</translation>
        </message>
        <message>
            <source>Draw your elbows wide and back to open the chest, right from your chair.</source>
            <comment>summary</comment>
            <translation>Lleva los codos hacia fuera y atrás para abrir el pecho, sin levantarte de la silla.</translation>
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>dose</comment>
            <translation>8 aperturas de 3 s</translation>
        </message>
        <message>
            <source>Rest your hands lightly; never pull on your head or neck.</source>
            <comment>cautions[0]</comment>
            <translation>Apoya las manos con suavidad; nunca tires de la cabeza ni del cuello.</translation>
        </message>
        <message>
            <source>Sit tall and rest your fingertips behind your head, elbows in front.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate erguido y apoya las yemas de los dedos detrás de la cabeza, con los codos al frente.</translation>
        </message>
        <message>
            <source>Breathe in and draw your elbows wide and back. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Inhala y lleva los codos hacia fuera y atrás. Mantén 3 s y relaja. 8 veces.</translation>
        </message>
        <message>
            <source>5 openings, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>5 aperturas de 2 s</translation>
        </message>
        <message>
            <source>Fewer openings with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation>Menos aperturas, manteniendo menos tiempo.</translation>
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>8 aperturas de 3 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>10 openings, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>10 aperturas de 5 s</translation>
        </message>
        <message>
            <source>More openings with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Más aperturas, manteniendo más tiempo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-forward-fold</name>
        <message>
            <source>Seated forward fold</source>
            <comment>name</comment>
            <translation>Flexión hacia delante sentado</translation>
        </message>
        <message>
            <source>Let your back round forward and hang loose for a few slow breaths.</source>
            <comment>summary</comment>
            <translation>Deja que la espalda se redondee hacia delante y cuelgue suelta durante unas respiraciones lentas.</translation>
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>dose</comment>
            <translation>3 respiraciones lentas, inclinado</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una silla que no se desplace: sin ruedas o con las ruedas bloqueadas.</translation>
        </message>
        <message>
            <source>Come up slowly; light-headed when you sit up? Pause before you carry on.</source>
            <comment>cautions[1]</comment>
            <translation>Sube despacio; ¿te mareas al incorporarte? Espera un momento antes de seguir.</translation>
        </message>
        <message>
            <source>Skip this if bending forward makes back or leg pain worse.</source>
            <comment>avoid_if[0]</comment>
            <translation>Sáltate este ejercicio si inclinarte hacia delante empeora el dolor de espalda o de pierna.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat and wide apart.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate cerca del borde del asiento, con los pies apoyados y bien separados.</translation>
        </message>
        <message>
            <source>Let your chest fold down toward your knees, arms and head hanging loose.</source>
            <comment>steps[1].text</comment>
            <translation>Deja caer el pecho hacia las rodillas, con los brazos y la cabeza colgando sueltos.</translation>
        </message>
        <message>
            <source>Stay folded for 3 slow breaths, then roll up slowly, head last.</source>
            <comment>steps[2].text</comment>
            <translation>Quédate inclinado 3 respiraciones lentas y sube despacio, vértebra a vértebra, la cabeza al final.</translation>
        </message>
        <message>
            <source>2 slow breaths, folded</source>
            <comment>levels[0].dose</comment>
            <translation>2 respiraciones lentas, inclinado</translation>
        </message>
        <message>
            <source>A smaller fold, hands on the knees.</source>
            <comment>levels[0].how</comment>
            <translation>Una inclinación menor, con las manos en las rodillas.</translation>
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>levels[1].dose</comment>
            <translation>3 respiraciones lentas, inclinado</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>5 slow breaths, folded</source>
            <comment>levels[2].dose</comment>
            <translation>5 respiraciones lentas, inclinado</translation>
        </message>
        <message>
            <source>Stay folded for more breaths.</source>
            <comment>levels[2].how</comment>
            <translation>Quédate inclinado durante más respiraciones.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hamstring-stretch</name>
        <message>
            <source>Seated hamstring stretch</source>
            <comment>name</comment>
            <translation>Estiramiento de isquiotibiales sentado</translation>
        </message>
        <message>
            <source>Eases the backs of the thighs, which shorten when you sit all day.</source>
            <comment>summary</comment>
            <translation>Alivia la parte posterior de los muslos, que se acorta cuando pasas el día sentado.</translation>
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>dose</comment>
            <translation>20 s por pierna</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una silla que no se desplace: sin ruedas o con las ruedas bloqueadas.</translation>
        </message>
        <message>
            <source>Lean from the hips with a long back; no bouncing, no reaching for the toes.</source>
            <comment>cautions[1]</comment>
            <translation>Inclínate desde la cadera con la espalda larga; sin rebotes y sin intentar tocarte los pies.</translation>
        </message>
        <message>
            <source>It brings on pain, numbness or tingling down the leg.</source>
            <comment>avoid_if[0]</comment>
            <translation>Te provoca dolor, entumecimiento u hormigueo que baja por la pierna.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat. Stretch your right leg out, heel down, toes up.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate cerca del borde del asiento. Estira la pierna derecha, talón abajo y dedos arriba.</translation>
        </message>
        <message>
            <source>Sit tall and lean forward from your hips until the back of the thigh eases. Hold 20 s.</source>
            <comment>steps[1].text</comment>
            <translation>Siéntate erguido e inclínate desde la cadera hasta notar tensión en la parte posterior del muslo. Mantén 20 s.</translation>
        </message>
        <message>
            <source>Sit up slowly, switch legs and hold the other side the same way.</source>
            <comment>steps[2].text</comment>
            <translation>Incorpórate despacio, cambia de pierna y mantén el otro lado de la misma forma.</translation>
        </message>
        <message>
            <source>15 s each leg</source>
            <comment>levels[0].dose</comment>
            <translation>15 s por pierna</translation>
        </message>
        <message>
            <source>A shorter hold with the knee a little bent.</source>
            <comment>levels[0].how</comment>
            <translation>Menos tiempo, con la rodilla algo doblada.</translation>
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>levels[1].dose</comment>
            <translation>20 s por pierna</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>about 40 s each leg</source>
            <comment>levels[2].dose</comment>
            <translation>unos 40 s por pierna</translation>
        </message>
        <message>
            <source>Longer holds on each leg, sitting tall.</source>
            <comment>levels[2].how</comment>
            <translation>Más tiempo con cada pierna, sentado erguido.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-heel-raises</name>
        <message>
            <source>Seated heel raises</source>
            <comment>name</comment>
            <translation>Elevaciones de talones sentado</translation>
        </message>
        <message>
            <source>Works your calves and keeps the blood moving in your legs without leaving the chair.</source>
            <comment>summary</comment>
            <translation>Trabaja las pantorrillas y mantiene la circulación en las piernas sin levantarte de la silla.</translation>
        </message>
        <message>
            <source>15 raises</source>
            <comment>dose</comment>
            <translation>15 elevaciones</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10-15, as for calf raises.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 10-15, como en las elevaciones de talones.</translation>
        </message>
        <message>
            <source>Sit tall with your feet flat and your knees above your ankles.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate erguido con los pies apoyados y las rodillas sobre los tobillos.</translation>
        </message>
        <message>
            <source>Lift both heels as high as you can, then lower them slowly. 15 times.</source>
            <comment>steps[1].text</comment>
            <translation>Levanta los dos talones todo lo que puedas y bájalos despacio. 15 veces.</translation>
        </message>
        <message>
            <source>10 raises</source>
            <comment>levels[0].dose</comment>
            <translation>10 elevaciones</translation>
        </message>
        <message>
            <source>Fewer raises.</source>
            <comment>levels[0].how</comment>
            <translation>Menos elevaciones.</translation>
        </message>
        <message>
            <source>15 raises</source>
            <comment>levels[1].dose</comment>
            <translation>15 elevaciones</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>20 raises, 2 s holds</source>
            <comment>levels[2].dose</comment>
            <translation>20 elevaciones, 2 s arriba</translation>
        </message>
        <message>
            <source>More raises with a pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation>Más elevaciones, con una pausa arriba.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-flexor-stretch</name>
        <message>
            <source>Seated hip-flexor stretch</source>
            <comment>name</comment>
            <translation>Estiramiento de flexores de cadera sentado</translation>
        </message>
        <message>
            <source>The hip-flexor stretch sideways on a chair without wheels, one leg sliding back.</source>
            <comment>summary</comment>
            <translation>El estiramiento de flexores de cadera, de lado en una silla sin ruedas y con una pierna hacia atrás.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation>25 s por lado</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 20-30 s each side.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 20-30 s por lado.</translation>
        </message>
        <message>
            <source>Only on a chair without wheels that cannot tip; keep one hand on its backrest.</source>
            <comment>cautions[0]</comment>
            <translation>Solo en una silla sin ruedas que no pueda volcar; mantén una mano en el respaldo.</translation>
        </message>
        <message>
            <source>Your chair has castors: do the standing hip-flexor stretch, one hand on the desk.</source>
            <comment>avoid_if[0]</comment>
            <translation>Tu silla tiene ruedas: haz el estiramiento de flexores de cadera de pie, con una mano en el escritorio.</translation>
        </message>
        <message>
            <source>Sit sideways near the edge of a chair without wheels, one hand on its backrest.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate de lado cerca del borde de una silla sin ruedas, con una mano en el respaldo.</translation>
        </message>
        <message>
            <source>Slide your outer leg back, knee pointing down, sit tall and tuck your tailbone. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Desliza la pierna exterior hacia atrás, rodilla hacia el suelo; siéntate erguido y mete el coxis. Mantén.</translation>
        </message>
        <message>
            <source>Turn to face the other way and stretch the other leg.</source>
            <comment>steps[2].text</comment>
            <translation>Gírate hacia el otro lado y estira la otra pierna.</translation>
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation>15 s por lado</translation>
        </message>
        <message>
            <source>Shorter holds with the leg slid back less far.</source>
            <comment>levels[0].how</comment>
            <translation>Menos tiempo, llevando la pierna menos atrás.</translation>
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation>25 s por lado</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation>30 s por lado</translation>
        </message>
        <message>
            <source>Longer holds, sitting a little taller.</source>
            <comment>levels[2].how</comment>
            <translation>Más tiempo, sentado un poco más erguido.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-hinge</name>
        <message>
            <source>Seated hip hinge</source>
            <comment>name</comment>
            <translation>Bisagra de cadera sentado</translation>
        </message>
        <message>
            <source>Lean forward from the hips with a long back, right from the edge of your chair.</source>
            <comment>summary</comment>
            <translation>Inclínate hacia delante desde la cadera con la espalda larga, desde el borde de la silla.</translation>
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>dose</comment>
            <translation>8 inclinaciones lentas</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10, as for the standing hinge.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 8-10, como en la bisagra de pie.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una silla que no se desplace: sin ruedas o con las ruedas bloqueadas.</translation>
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation>Para si sientes dolor, entumecimiento u hormigueo que baja por una pierna.</translation>
        </message>
        <message>
            <source>Sit near the front edge, feet flat and apart, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate cerca del borde, con los pies apoyados y separados y las manos sobre los muslos.</translation>
        </message>
        <message>
            <source>Lean forward from your hips, head, upper back and tailbone in one line. Sit tall. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Inclínate desde la cadera, con cabeza, espalda alta y coxis en línea. Vuelve a erguirte. 8 veces.</translation>
        </message>
        <message>
            <source>5 slow leans</source>
            <comment>levels[0].dose</comment>
            <translation>5 inclinaciones lentas</translation>
        </message>
        <message>
            <source>Fewer, smaller leans from the hips.</source>
            <comment>levels[0].how</comment>
            <translation>Menos inclinaciones y más pequeñas, desde la cadera.</translation>
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>levels[1].dose</comment>
            <translation>8 inclinaciones lentas</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>12 slow leans</source>
            <comment>levels[2].dose</comment>
            <translation>12 inclinaciones lentas</translation>
        </message>
        <message>
            <source>More leans with a slower return.</source>
            <comment>levels[2].how</comment>
            <translation>Más inclinaciones, volviendo más despacio.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-march</name>
        <message>
            <source>Seated march</source>
            <comment>name</comment>
            <translation>Marcha sentado</translation>
        </message>
        <message>
            <source>Marching in your chair gets the legs and blood moving when you can't step away.</source>
            <comment>summary</comment>
            <translation>Marchar en la silla pone en movimiento las piernas y la sangre cuando no puedes levantarte.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>dose</comment>
            <translation>aprox. 1 minuto</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: about 60 s of marching in place of a walk.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: unos 60 s de marcha en lugar de un paseo.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una silla que no se desplace: sin ruedas o con las ruedas bloqueadas.</translation>
        </message>
        <message>
            <source>Sit tall near the front of your seat and hold its sides lightly.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate erguido cerca del borde del asiento y sujeta sus lados con suavidad.</translation>
        </message>
        <message>
            <source>Lift one knee, then the other, in an easy marching rhythm.</source>
            <comment>steps[1].text</comment>
            <translation>Levanta una rodilla y luego la otra, a un ritmo de marcha tranquilo.</translation>
        </message>
        <message>
            <source>Keep marching, a little quicker, for the last few seconds.</source>
            <comment>steps[2].text</comment>
            <translation>Sigue marchando, un poco más rápido, durante los últimos segundos.</translation>
        </message>
        <message>
            <source>about 30 seconds</source>
            <comment>levels[0].dose</comment>
            <translation>aprox. 30 segundos</translation>
        </message>
        <message>
            <source>A shorter march, lifting the knees only a little.</source>
            <comment>levels[0].how</comment>
            <translation>Una marcha más corta, levantando las rodillas solo un poco.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[1].dose</comment>
            <translation>aprox. 1 minuto</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>about 90 seconds</source>
            <comment>levels[2].dose</comment>
            <translation>aprox. 90 segundos</translation>
        </message>
        <message>
            <source>A longer march, lifting the knees higher.</source>
            <comment>levels[2].how</comment>
            <translation>Una marcha más larga, levantando más las rodillas.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-overhead-reach</name>
        <message>
            <source>Seated overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation>Brazos arriba sentado, con respiración lenta</translation>
        </message>
        <message>
            <source>The overhead reach from your chair: tall through the sides, breathing slow.</source>
            <comment>summary</comment>
            <translation>El estiramiento con brazos arriba desde la silla: costados largos, respiración lenta.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation>10 respiraciones lentas, brazos abajo entre ellas</translation>
        </message>
        <message>
            <source>The physiotherapy articles behind DeskCoach suggest a desk reset every 30-45 minutes: 10 slow breaths, reaching up and to the sides.</source>
            <comment>dose_basis</comment>
            <translation>Los artículos de fisioterapia en que se basa DeskCoach sugieren una pausa en el escritorio cada 30-45 minutos: 10 respiraciones lentas, estirándose hacia arriba y a los lados.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una silla que no se desplace: sin ruedas o con las ruedas bloqueadas.</translation>
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[1]</comment>
            <translation>¿Te duele el hombro? Levanta un brazo cada vez o detente más abajo, donde aún sea cómodo.</translation>
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat, back away from the backrest.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate cerca del borde del asiento, con los pies apoyados y la espalda separada del respaldo.</translation>
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your sides.</source>
            <comment>steps[1].text</comment>
            <translation>Inhala mientras subes los dos brazos; exhala mientras los bajas a los costados.</translation>
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation>Inhala y estírate hacia arriba y hacia la izquierda; exhala y baja los brazos.</translation>
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation>Ahora estírate hacia arriba y a la derecha de la misma forma, bajando los brazos cada vez.</translation>
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation>6 respiraciones lentas</translation>
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation>Menos respiraciones; sube los brazos solo hasta donde te resulte fácil.</translation>
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation>10 respiraciones lentas, brazos abajo entre ellas</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation>13 respiraciones lentas</translation>
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation>Más respiraciones, añadiendo una suave inclinación a cada lado.</translation>
        </message>
    </context>
    <context>
        <name>exercise:seated-thoracic-rotation</name>
        <message>
            <source>Seated upper-back twist</source>
            <comment>name</comment>
            <translation>Giro de espalda alta sentado</translation>
        </message>
        <message>
            <source>Turns the upper back gently both ways from your chair, hips staying put.</source>
            <comment>summary</comment>
            <translation>Gira suavemente la parte alta de la espalda hacia ambos lados desde la silla, sin mover la cadera.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation>5 giros hacia cada lado</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 turns each way.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 5 giros hacia cada lado.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation>Usa una silla que no se desplace: sin ruedas o con las ruedas bloqueadas.</translation>
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[1]</comment>
            <translation>¿Se te resiente la espalda? Gira poco y despacio.</translation>
        </message>
        <message>
            <source>Sit tall near the front of your seat, feet flat, arms crossed on your chest.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate erguido cerca del borde del asiento, con los pies apoyados y los brazos cruzados sobre el pecho.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Exhala y gira el pecho hacia la izquierda, guiando con la mirada. Vuelve. 5 veces.</translation>
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, knees pointing ahead.</source>
            <comment>steps[2].text</comment>
            <translation>Ahora gira hacia la derecha de la misma forma, 5 veces, con las rodillas al frente.</translation>
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 giros hacia cada lado</translation>
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation>Menos giros y más pequeños.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 giros hacia cada lado</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation>7 giros hacia cada lado</translation>
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation>Más giros, exhalando al girar.</translation>
        </message>
    </context>
    <context>
        <name>exercise:short-walk</name>
        <message>
            <source>Short walk</source>
            <comment>name</comment>
            <translation>Paseo corto</translation>
        </message>
        <message>
            <source>Two minutes on your feet, the simplest way to get the blood moving again.</source>
            <comment>summary</comment>
            <translation>Dos minutos de pie, la forma más sencilla de reactivar la circulación.</translation>
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>dose</comment>
            <translation>aprox. 2 minutos</translation>
        </message>
        <message>
            <source>About 2 minutes of light walking, as in the sitting study cited; the guides give 1-5 minutes.</source>
            <comment>dose_basis</comment>
            <translation>Unos 2 minutos de paseo suave, como en el estudio sobre estar sentado citado; las guías indican 1-5 minutos.</translation>
        </message>
        <message>
            <source>Walking hard for you today? The seated march is a good swap.</source>
            <comment>cautions[0]</comment>
            <translation>¿Hoy te cuesta caminar? La marcha sentado es una buena alternativa.</translation>
        </message>
        <message>
            <source>Stand up, stretch tall and set off at an easy pace.</source>
            <comment>steps[0].text</comment>
            <translation>Levántate, estírate hacia arriba y echa a andar a un ritmo tranquilo.</translation>
        </message>
        <message>
            <source>Walk for about two minutes: refill your water, take the long way, or climb a flight.</source>
            <comment>steps[1].text</comment>
            <translation>Camina unos dos minutos: rellena tu agua, da un rodeo o sube un tramo de escaleras.</translation>
        </message>
        <message>
            <source>Stroll back, roll your shoulders and settle in.</source>
            <comment>steps[2].text</comment>
            <translation>Vuelve con calma, gira los hombros y acomódate.</translation>
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[0].dose</comment>
            <translation>aprox. 1 minuto</translation>
        </message>
        <message>
            <source>A shorter walk at an easy pace.</source>
            <comment>levels[0].how</comment>
            <translation>Un paseo más corto a ritmo tranquilo.</translation>
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>levels[1].dose</comment>
            <translation>aprox. 2 minutos</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>about 3 minutes</source>
            <comment>levels[2].dose</comment>
            <translation>aprox. 3 minutos</translation>
        </message>
        <message>
            <source>A longer walk, or take the stairs.</source>
            <comment>levels[2].how</comment>
            <translation>Un paseo más largo, o sube por las escaleras.</translation>
        </message>
    </context>
    <context>
        <name>exercise:shoulder-blade-squeeze</name>
        <message>
            <source>Shoulder-blade squeezes</source>
            <comment>name</comment>
            <translation>Retracción de escápulas</translation>
        </message>
        <message>
            <source>Wakes up the muscles between your shoulder blades and opens a rounded posture.</source>
            <comment>summary</comment>
            <translation>Activa los músculos entre los omóplatos y abre una postura encorvada.</translation>
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>dose</comment>
            <translation>10 retracciones de 3 s</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 10 squeezes held 3-5 s.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 10 retracciones de 3-5 s.</translation>
        </message>
        <message>
            <source>Keep your shoulders away from your ears; no shrugging.</source>
            <comment>cautions[0]</comment>
            <translation>Mantén los hombros lejos de las orejas; no los encojas.</translation>
        </message>
        <message>
            <source>Sit or stand tall, elbows bent at your sides, hands in front of you.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate o ponte de pie, erguido, con los codos doblados junto al cuerpo y las manos delante.</translation>
        </message>
        <message>
            <source>Draw your shoulder blades back and down. Hold 3 s, then let go. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation>Lleva los omóplatos hacia atrás y hacia abajo. Mantén 3 s y suelta. 10 veces.</translation>
        </message>
        <message>
            <source>6 squeezes, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation>6 retracciones de 2 s</translation>
        </message>
        <message>
            <source>Fewer, gentler squeezes.</source>
            <comment>levels[0].how</comment>
            <translation>Menos retracciones y más suaves.</translation>
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation>10 retracciones de 3 s</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>12 squeezes, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation>12 retracciones de 5 s</translation>
        </message>
        <message>
            <source>More squeezes with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation>Más retracciones, manteniendo más tiempo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:shoulder-rolls</name>
        <message>
            <source>Shoulder rolls</source>
            <comment>name</comment>
            <translation>Círculos de hombros</translation>
        </message>
        <message>
            <source>Big, slow circles that loosen shoulders held still over the keyboard.</source>
            <comment>summary</comment>
            <translation>Círculos grandes y lentos que aflojan los hombros inmóviles sobre el teclado.</translation>
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>dose</comment>
            <translation>5 círculos hacia cada lado</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 rolls each way.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 5 círculos hacia cada lado.</translation>
        </message>
        <message>
            <source>Sit or stand tall and let your shoulders settle.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate o ponte de pie, erguido, y deja que los hombros se asienten.</translation>
        </message>
        <message>
            <source>Roll your shoulders up, back and down in slow, big circles. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Mueve los hombros hacia arriba, atrás y abajo en círculos lentos y amplios. 5 veces.</translation>
        </message>
        <message>
            <source>Now roll them the other way: up, forward and down. 5 times.</source>
            <comment>steps[2].text</comment>
            <translation>Ahora hazlo en sentido contrario: arriba, adelante y abajo. 5 veces.</translation>
        </message>
        <message>
            <source>3 rolls each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 círculos hacia cada lado</translation>
        </message>
        <message>
            <source>Fewer, smaller rolls.</source>
            <comment>levels[0].how</comment>
            <translation>Menos círculos y más pequeños.</translation>
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 círculos hacia cada lado</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>8 rolls each way</source>
            <comment>levels[2].dose</comment>
            <translation>8 círculos hacia cada lado</translation>
        </message>
        <message>
            <source>More rolls, slow and as large as is comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Más círculos, lentos y tan amplios como sea cómodo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:sit-to-stand</name>
        <message>
            <source>Sit to stand</source>
            <comment>name</comment>
            <translation>Levantarse de la silla</translation>
        </message>
        <message>
            <source>From a steady chair, stand up and sit down without your hands, for strong legs.</source>
            <comment>summary</comment>
            <translation>Desde una silla estable, levántate y siéntate sin usar las manos, para tener piernas fuertes.</translation>
        </message>
        <message>
            <source>8 stands</source>
            <comment>dose</comment>
            <translation>8 repeticiones</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 8-10 stands.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 8-10 repeticiones.</translation>
        </message>
        <message>
            <source>Knees complain? Use a higher seat or a cushion, and go slower.</source>
            <comment>cautions[0]</comment>
            <translation>¿Te molestan las rodillas? Usa un asiento más alto o un cojín y ve más despacio.</translation>
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[1]</comment>
            <translation>Usa una silla que no se desplace: sin ruedas o con las ruedas bloqueadas.</translation>
        </message>
        <message>
            <source>Standing up without your hands is not safe for you today.</source>
            <comment>avoid_if[0]</comment>
            <translation>Levantarte sin ayudarte de las manos no es seguro para ti hoy.</translation>
        </message>
        <message>
            <source>Sit near the front of a steady chair, feet hip-width apart and a little back.</source>
            <comment>steps[0].text</comment>
            <translation>Siéntate cerca del borde de una silla estable, con los pies a la anchura de la cadera y algo atrasados.</translation>
        </message>
        <message>
            <source>Lean forward and stand up tall without using your hands; sit down slowly. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation>Inclínate hacia delante y ponte de pie sin usar las manos; siéntate despacio. 8 veces.</translation>
        </message>
        <message>
            <source>5 stands, hands on the thighs</source>
            <comment>levels[0].dose</comment>
            <translation>5 repeticiones, con las manos en los muslos</translation>
        </message>
        <message>
            <source>Fewer stands, pushing up with the hands.</source>
            <comment>levels[0].how</comment>
            <translation>Menos repeticiones, empujando con las manos.</translation>
        </message>
        <message>
            <source>8 stands</source>
            <comment>levels[1].dose</comment>
            <translation>8 repeticiones</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>12 stands, 3 s to sit</source>
            <comment>levels[2].dose</comment>
            <translation>12 repeticiones, 3 s al sentarte</translation>
        </message>
        <message>
            <source>More stands, lowering slowly over three seconds.</source>
            <comment>levels[2].how</comment>
            <translation>Más repeticiones, bajando despacio durante tres segundos.</translation>
        </message>
    </context>
    <context>
        <name>exercise:tendon-glides</name>
        <message>
            <source>Tendon glides</source>
            <comment>name</comment>
            <translation>Deslizamiento de tendones</translation>
        </message>
        <message>
            <source>A run of hand shapes that moves every finger joint through its full range.</source>
            <comment>summary</comment>
            <translation>Una serie de posiciones de la mano que mueve cada articulación de los dedos en todo su recorrido.</translation>
        </message>
        <message>
            <source>5 rounds</source>
            <comment>dose</comment>
            <translation>5 series</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 rounds.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 5 series.</translation>
        </message>
        <message>
            <source>Joints sore from arthritis? Move gently, only as far as is comfortable.</source>
            <comment>cautions[0]</comment>
            <translation>¿Articulaciones doloridas por artrosis o artritis? Muévete con suavidad, solo hasta donde sea cómodo.</translation>
        </message>
        <message>
            <source>Hold one or both hands up, fingers straight and together.</source>
            <comment>steps[0].text</comment>
            <translation>Levanta una mano o las dos, con los dedos estirados y juntos.</translation>
        </message>
        <message>
            <source>Bend the top two finger joints into a hook, big knuckles staying straight.</source>
            <comment>steps[1].text</comment>
            <translation>Dobla las dos últimas articulaciones de los dedos en forma de gancho, con los nudillos rectos.</translation>
        </message>
        <message>
            <source>Curl into a soft full fist, then open flat. Go through all 3 shapes 5 times.</source>
            <comment>steps[2].text</comment>
            <translation>Cierra la mano en un puño suave y ábrela del todo. Recorre las 3 posiciones 5 veces.</translation>
        </message>
        <message>
            <source>Spread your fingers wide, hold 3 s and relax. 5 times.</source>
            <comment>steps[3].text</comment>
            <translation>Separa bien los dedos, mantén 3 s y relaja. 5 veces.</translation>
        </message>
        <message>
            <source>3 rounds</source>
            <comment>levels[0].dose</comment>
            <translation>3 series</translation>
        </message>
        <message>
            <source>Fewer rounds, moving gently.</source>
            <comment>levels[0].how</comment>
            <translation>Menos series, con movimientos suaves.</translation>
        </message>
        <message>
            <source>5 rounds</source>
            <comment>levels[1].dose</comment>
            <translation>5 series</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>8 rounds</source>
            <comment>levels[2].dose</comment>
            <translation>8 series</translation>
        </message>
        <message>
            <source>More rounds, holding each position for a moment.</source>
            <comment>levels[2].how</comment>
            <translation>Más series, manteniendo cada posición un momento.</translation>
        </message>
    </context>
    <context>
        <name>exercise:thoracic-rotation</name>
        <message>
            <source>Standing upper-back twist</source>
            <comment>name</comment>
            <translation>Giro de espalda alta de pie</translation>
        </message>
        <message>
            <source>Turns the upper back gently both ways to ease the stiffness of facing one screen.</source>
            <comment>summary</comment>
            <translation>Gira suavemente la parte alta de la espalda hacia ambos lados para aliviar la rigidez de mirar siempre a la pantalla.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation>5 giros hacia cada lado</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 5 turns each way.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 5 giros hacia cada lado.</translation>
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[0]</comment>
            <translation>¿Se te resiente la espalda? Gira poco y despacio.</translation>
        </message>
        <message>
            <source>Stand tall and cross your arms over your chest, hands on your shoulders.</source>
            <comment>steps[0].text</comment>
            <translation>De pie, erguido, cruza los brazos sobre el pecho con las manos en los hombros.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation>Exhala y gira el pecho hacia la izquierda, guiando con la mirada. Vuelve. 5 veces.</translation>
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, hips facing forward.</source>
            <comment>steps[2].text</comment>
            <translation>Ahora gira hacia la derecha de la misma forma, 5 veces, con la cadera al frente.</translation>
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation>3 giros hacia cada lado</translation>
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation>Menos giros y más pequeños.</translation>
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation>5 giros hacia cada lado</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation>7 giros hacia cada lado</translation>
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation>Más giros, exhalando al girar.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wall-angels</name>
        <message>
            <source>Wall angels</source>
            <comment>name</comment>
            <translation>Ángeles en la pared</translation>
        </message>
        <message>
            <source>Slide your arms up a wall to open the chest and get the shoulder blades moving.</source>
            <comment>summary</comment>
            <translation>Desliza los brazos hacia arriba por la pared para abrir el pecho y mover los omóplatos.</translation>
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>dose</comment>
            <translation>8 deslizamientos lentos</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: 6-8 slides.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: 6-8 deslizamientos.</translation>
        </message>
        <message>
            <source>Slide only as high as you can without pain or your back arching off the wall.</source>
            <comment>cautions[0]</comment>
            <translation>Sube solo hasta donde puedas sin dolor y sin que la espalda se despegue de la pared.</translation>
        </message>
        <message>
            <source>Stand with your back, head and bottom against a wall, feet a small step forward.</source>
            <comment>steps[0].text</comment>
            <translation>De pie, con la espalda, la cabeza y los glúteos contra la pared, y los pies un pequeño paso por delante.</translation>
        </message>
        <message>
            <source>Raise your arms into a W, elbows and backs of the hands touching the wall.</source>
            <comment>steps[1].text</comment>
            <translation>Sube los brazos en forma de W, con los codos y el dorso de las manos tocando la pared.</translation>
        </message>
        <message>
            <source>Slide your arms up into a Y, then back down to the W. 8 times, slowly.</source>
            <comment>steps[2].text</comment>
            <translation>Desliza los brazos hacia arriba hasta formar una Y y vuelve a la W. 8 veces, despacio.</translation>
        </message>
        <message>
            <source>5 slow slides</source>
            <comment>levels[0].dose</comment>
            <translation>5 deslizamientos lentos</translation>
        </message>
        <message>
            <source>Fewer slides, arms only to shoulder height.</source>
            <comment>levels[0].how</comment>
            <translation>Menos deslizamientos, con los brazos solo hasta la altura de los hombros.</translation>
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>levels[1].dose</comment>
            <translation>8 deslizamientos lentos</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>10 slow slides</source>
            <comment>levels[2].dose</comment>
            <translation>10 deslizamientos lentos</translation>
        </message>
        <message>
            <source>More slides, reaching higher if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation>Más deslizamientos, subiendo más si sigue siendo cómodo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wrist-extensor-stretch</name>
        <message>
            <source>Wrist stretch, back of the forearm</source>
            <comment>name</comment>
            <translation>Estiramiento de muñeca, dorso del antebrazo</translation>
        </message>
        <message>
            <source>Stretches the top of the forearm, the muscles that hold your hands up to type.</source>
            <comment>summary</comment>
            <translation>Estira la parte superior del antebrazo, los músculos que mantienen las manos elevadas al escribir.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation>15 s por brazo</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: holds of about 15 s.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: mantener unos 15 s.</translation>
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation>¿Túnel carpiano o tendinitis con molestias? Estira muy suave o sáltate este ejercicio.</translation>
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight, palm down.</source>
            <comment>steps[0].text</comment>
            <translation>Extiende un brazo al frente a la altura del hombro, con el codo recto y la palma hacia abajo.</translation>
        </message>
        <message>
            <source>With your other hand, ease the back of the hand down until you feel a mild stretch.</source>
            <comment>steps[1].text</comment>
            <translation>Con la otra mano, lleva el dorso de la mano hacia abajo hasta notar un estiramiento suave.</translation>
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation>Suelta despacio, cambia de brazo y estira el otro lado durante 15 s.</translation>
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation>10 s por brazo</translation>
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation>Menos tiempo y más suave, con el codo sin bloquear.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation>15 s por brazo</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation>30 s por brazo</translation>
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation>Más tiempo con cada brazo.</translation>
        </message>
    </context>
    <context>
        <name>exercise:wrist-flexor-stretch</name>
        <message>
            <source>Wrist stretch, palm side</source>
            <comment>name</comment>
            <translation>Estiramiento de muñeca, lado de la palma</translation>
        </message>
        <message>
            <source>Stretches the underside of the forearm, which works hard when you grip a mouse.</source>
            <comment>summary</comment>
            <translation>Estira la parte inferior del antebrazo, que trabaja mucho al sujetar el ratón.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation>15 s por brazo</translation>
        </message>
        <message>
            <source>Within what the exercise guides behind DeskCoach advise: holds of about 15 s.</source>
            <comment>dose_basis</comment>
            <translation>Dentro de lo que aconsejan las guías de ejercicios en que se basa DeskCoach: mantener unos 15 s.</translation>
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation>¿Túnel carpiano o tendinitis con molestias? Estira muy suave o sáltate este ejercicio.</translation>
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight.</source>
            <comment>steps[0].text</comment>
            <translation>Extiende un brazo al frente a la altura del hombro, con el codo recto.</translation>
        </message>
        <message>
            <source>Point the fingers up and use the other hand to ease them back toward you. Hold.</source>
            <comment>steps[1].text</comment>
            <translation>Apunta los dedos hacia arriba y llévalos suavemente hacia ti con la otra mano. Mantén.</translation>
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation>Suelta despacio, cambia de brazo y estira el otro lado durante 15 s.</translation>
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation>10 s por brazo</translation>
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation>Menos tiempo y más suave, con el codo sin bloquear.</translation>
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation>15 s por brazo</translation>
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation>Como se describe en los pasos.</translation>
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation>30 s por brazo</translation>
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation>Más tiempo con cada brazo.</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:chair</name>
        <message>
            <source>Chair</source>
            <comment>title</comment>
            <translation>Silla</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:desk</name>
        <message>
            <source>Desk</source>
            <comment>title</comment>
            <translation>Escritorio</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:screen</name>
        <message>
            <source>Screen</source>
            <comment>title</comment>
            <translation>Pantalla</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:keyboard_mouse</name>
        <message>
            <source>Keyboard and mouse</source>
            <comment>title</comment>
            <translation>Teclado y ratón</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:laptop</name>
        <message>
            <source>Laptop</source>
            <comment>title</comment>
            <translation>Portátil</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:environment</name>
        <message>
            <source>Light, air and space</source>
            <comment>title</comment>
            <translation>Luz, aire y espacio</translation>
        </message>
    </context>
    <context>
        <name>checklist-group:habits</name>
        <message>
            <source>Habits</source>
            <comment>title</comment>
            <translation>Hábitos</translation>
        </message>
    </context>
    <context>
        <name>checklist:C1</name>
        <message>
            <source>Are your feet flat on the floor (or a footrest), with your thighs about level?</source>
            <comment>question</comment>
            <translation>¿Tienes los pies apoyados en el suelo (o en un reposapiés) y los muslos más o menos horizontales?</translation>
        </message>
        <message>
            <source>At the right seat height your weight rests evenly and the seat edge doesn't press into your thighs.</source>
            <comment>why</comment>
            <translation>Con el asiento a la altura adecuada, tu peso se reparte por igual y el borde no presiona los muslos.</translation>
        </message>
        <message>
            <source>Raise or lower the seat until your thighs are level; if your feet then dangle, add a footrest or a sturdy box.</source>
            <comment>fix</comment>
            <translation>Sube o baja el asiento hasta que los muslos queden horizontales; si los pies quedan colgando, usa un reposapiés o una caja firme.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C2</name>
        <message>
            <source>Does the backrest fit into the curve of your lower back?</source>
            <comment>question</comment>
            <translation>¿Se adapta el respaldo a la curva de tu zona lumbar?</translation>
        </message>
        <message>
            <source>With support in the small of your back, sitting upright takes no effort.</source>
            <comment>why</comment>
            <translation>Con apoyo en la zona lumbar, sentarse erguido no cuesta esfuerzo.</translation>
        </message>
        <message>
            <source>Move the backrest or its lumbar pad to belt height (15-25 cm above the seat); a rolled towel works too.</source>
            <comment>fix</comment>
            <translation>Coloca el respaldo o su apoyo lumbar a la altura del cinturón (15-25 cm sobre el asiento); una toalla enrollada también sirve.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C3</name>
        <message>
            <source>Sitting back, can you fit 2-3 fingers between the seat's front edge and the backs of your knees?</source>
            <comment>question</comment>
            <translation>Sentado al fondo, ¿caben 2-3 dedos entre el borde delantero del asiento y la parte trasera de las rodillas?</translation>
        </message>
        <message>
            <source>A seat that is too deep presses behind your knees or pushes you forward, away from the backrest.</source>
            <comment>why</comment>
            <translation>Un asiento demasiado profundo presiona detrás de las rodillas o te empuja hacia delante, lejos del respaldo.</translation>
        </message>
        <message>
            <source>Slide the seat back if it adjusts; if not, put a firm cushion behind your back to bring you forward.</source>
            <comment>fix</comment>
            <translation>Desliza el asiento hacia atrás si se puede ajustar; si no, pon un cojín firme en la espalda para adelantarte.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C4</name>
        <message>
            <source>Do the armrests let you sit close to the desk with your shoulders relaxed?</source>
            <comment>question</comment>
            <translation>¿Te permiten los reposabrazos sentarte cerca del escritorio con los hombros relajados?</translation>
        </message>
        <message>
            <source>High armrests hitch your shoulders up, and armrests that bump the desk keep you from sitting close.</source>
            <comment>why</comment>
            <translation>Los reposabrazos altos te suben los hombros, y los que chocan con el escritorio te impiden acercarte.</translation>
        </message>
        <message>
            <source>Lower the armrests or swing them out of the way; if they don't adjust, ask whether they can come off.</source>
            <comment>fix</comment>
            <translation>Baja los reposabrazos o apártalos; si no se ajustan, pregunta si se pueden quitar.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C5</name>
        <message>
            <source>Is your chair steady and in good repair, and do you know what each of its levers does?</source>
            <comment>question</comment>
            <translation>¿Está tu silla estable y en buen estado, y sabes para qué sirve cada palanca?</translation>
        </message>
        <message>
            <source>A chair only fits you if it works and you know how to adjust it.</source>
            <comment>why</comment>
            <translation>Una silla solo se adapta a ti si funciona y sabes ajustarla.</translation>
        </message>
        <message>
            <source>Report broken or wobbly parts for repair; ask for a quick demo of the levers, or look up the chair's model.</source>
            <comment>fix</comment>
            <translation>Avisa para que reparen piezas rotas o que bailan; pide que te enseñen las palancas o busca el modelo de la silla.</translation>
        </message>
    </context>
    <context>
        <name>checklist:C6</name>
        <message>
            <source>Do you sit right back in the seat, with the backrest upright or tilted back slightly?</source>
            <comment>question</comment>
            <translation>¿Te sientas al fondo del asiento, con el respaldo recto o algo inclinado hacia atrás?</translation>
        </message>
        <message>
            <source>Leaning on a backrest set a little past upright takes load off your lower back; perching forward takes it all.</source>
            <comment>why</comment>
            <translation>Apoyarte en un respaldo un poco inclinado hacia atrás descarga la zona lumbar; sentarte en el borde la carga del todo.</translation>
        </message>
        <message>
            <source>Slide your hips to the back of the seat and set the backrest just past upright (about 100-110 degrees).</source>
            <comment>fix</comment>
            <translation>Lleva la cadera al fondo del asiento y ajusta el respaldo algo más allá de la vertical (unos 100-110 grados).</translation>
        </message>
    </context>
    <context>
        <name>checklist:D1</name>
        <message>
            <source>Is there clear room under the desk for your thighs, knees and feet?</source>
            <comment>question</comment>
            <translation>¿Hay espacio libre bajo el escritorio para los muslos, las rodillas y los pies?</translation>
        </message>
        <message>
            <source>Boxes or drawers under the desk make you sit twisted or perched away from it.</source>
            <comment>why</comment>
            <translation>Las cajas o cajoneras bajo el escritorio te obligan a sentarte torcido o alejado de él.</translation>
        </message>
        <message>
            <source>Store things elsewhere; if your knees touch the underside, raise the desk, or lower the seat and add a footrest.</source>
            <comment>fix</comment>
            <translation>Guarda las cosas en otro sitio; si las rodillas tocan el tablero, sube el escritorio, o baja el asiento y usa un reposapiés.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D2</name>
        <message>
            <source>Is the desk big enough to lay out your screen, keyboard and papers without squeezing?</source>
            <comment>question</comment>
            <translation>¿Es el escritorio lo bastante grande para la pantalla, el teclado y los papeles sin apretujarlos?</translation>
        </message>
        <message>
            <source>On a crowded desk the screen ends up too close and the keyboard off to one side.</source>
            <comment>why</comment>
            <translation>En un escritorio abarrotado, la pantalla acaba demasiado cerca y el teclado desplazado a un lado.</translation>
        </message>
        <message>
            <source>Clear off what you don't use daily and push the screen further back; ask for a bigger desk if it still won't fit.</source>
            <comment>fix</comment>
            <translation>Retira lo que no usas a diario y aleja la pantalla; si aun así no cabe todo, pide un escritorio más grande.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D3</name>
        <message>
            <source>Can you reach the things you use often (phone, notes, mouse) without stretching?</source>
            <comment>question</comment>
            <translation>¿Alcanzas lo que usas a menudo (teléfono, notas, ratón) sin estirarte?</translation>
        </message>
        <message>
            <source>Stretching out for the same things many times a day tires your shoulders and back.</source>
            <comment>why</comment>
            <translation>Estirarte para alcanzar las mismas cosas muchas veces al día cansa los hombros y la espalda.</translation>
        </message>
        <message>
            <source>Keep what you use daily within a forearm's reach and move the rarely used things further out.</source>
            <comment>fix</comment>
            <translation>Ten lo que usas a diario al alcance del antebrazo y aleja lo que usas poco.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D4</name>
        <message>
            <source>If you have a sit-stand desk, do you switch between sitting and standing through the day?</source>
            <comment>question</comment>
            <translation>Si tienes un escritorio regulable en altura, ¿alternas entre sentado y de pie a lo largo del día?</translation>
        </message>
        <message>
            <source>A sit-stand desk only helps when you actually change position; either posture held all day is tiring.</source>
            <comment>why</comment>
            <translation>Un escritorio regulable solo ayuda si cambias de postura de verdad; cualquier postura mantenida todo el día cansa.</translation>
        </message>
        <message>
            <source>Swap about every 30 minutes to start with; a DeskCoach break is a handy moment to change.</source>
            <comment>fix</comment>
            <translation>Para empezar, cambia cada 30 minutos más o menos; un descanso de DeskCoach es un buen momento para hacerlo.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D5</name>
        <message>
            <source>When you stand to work, are the desk and screen set for standing, and your feet comfortable?</source>
            <comment>question</comment>
            <translation>Cuando trabajas de pie, ¿están el escritorio y la pantalla ajustados para estar de pie, y tus pies cómodos?</translation>
        </message>
        <message>
            <source>A standing desk left at sitting height, or hard floor in thin shoes, soon makes standing a strain.</source>
            <comment>why</comment>
            <translation>Un escritorio a la altura de sentado, o un suelo duro con calzado fino, convierten pronto el estar de pie en un esfuerzo.</translation>
        </message>
        <message>
            <source>Raise the desk until your forearms are level with it and the screen with it; wear supportive shoes or stand on a mat.</source>
            <comment>fix</comment>
            <translation>Sube el escritorio hasta que los antebrazos queden a su altura, y la pantalla con él; usa calzado con buen apoyo o una alfombrilla.</translation>
        </message>
    </context>
    <context>
        <name>checklist:D6</name>
        <message>
            <source>At home or at a shared desk, do you set the chair, desk and screen to fit you before you start?</source>
            <comment>question</comment>
            <translation>En casa o en un puesto compartido, ¿ajustas la silla, el escritorio y la pantalla a tu medida antes de empezar?</translation>
        </message>
        <message>
            <source>A desk set up for someone else, or a kitchen table, fits you only by chance.</source>
            <comment>why</comment>
            <translation>Un escritorio preparado para otra persona, o la mesa de la cocina, solo te va bien por casualidad.</translation>
        </message>
        <message>
            <source>Take two minutes at the start: seat height, backrest, screen height and distance, keyboard; this checklist is the list.</source>
            <comment>fix</comment>
            <translation>Dedica dos minutos al empezar: altura del asiento, respaldo, altura y distancia de la pantalla, teclado; esta lista de comprobación te guía.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S1</name>
        <message>
            <source>Is the top of the screen at or slightly below eye level (lower if you wear bifocals)?</source>
            <comment>question</comment>
            <translation>¿Está el borde superior de la pantalla a la altura de los ojos o algo por debajo (más bajo si usas gafas bifocales)?</translation>
        </message>
        <message>
            <source>A screen set too high tips your head back; one set too low pulls it forward and down.</source>
            <comment>why</comment>
            <translation>Una pantalla demasiado alta te echa la cabeza hacia atrás; una demasiado baja la lleva hacia delante y abajo.</translation>
        </message>
        <message>
            <source>Raise the screen on a riser, monitor arm or books until the top line meets your eyes; bifocal wearers, go lower.</source>
            <comment>fix</comment>
            <translation>Eleva la pantalla con un soporte, un brazo para monitor o libros hasta que la línea superior quede a la altura de los ojos; con bifocales, más baja.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S2</name>
        <message>
            <source>Is the screen at least an arm's length away, with text you can read without leaning in?</source>
            <comment>question</comment>
            <translation>¿Está la pantalla al menos a un brazo de distancia y puedes leer el texto sin inclinarte?</translation>
        </message>
        <message>
            <source>Too close and your eyes work hard to focus; too far and you lean forward to read.</source>
            <comment>why</comment>
            <translation>Demasiado cerca, los ojos se esfuerzan por enfocar; demasiado lejos, te inclinas para leer.</translation>
        </message>
        <message>
            <source>Put it at least an arm's length away (about 50 cm or more; farther for a big screen), then enlarge the text if needed.</source>
            <comment>fix</comment>
            <translation>Colócala al menos a un brazo de distancia (unos 50 cm o más; más lejos si es grande) y, si hace falta, amplía el texto.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S3</name>
        <message>
            <source>Is the screen you use most straight in front of you, so you don't turn your head to see it?</source>
            <comment>question</comment>
            <translation>¿Tienes justo delante la pantalla que más usas, sin tener que girar la cabeza para verla?</translation>
        </message>
        <message>
            <source>Looking off to one side for hours keeps your neck twisted.</source>
            <comment>why</comment>
            <translation>Mirar hacia un lado durante horas mantiene el cuello girado.</translation>
        </message>
        <message>
            <source>Centre your main screen behind the keyboard; with two screens used equally, put the gap between them in the middle.</source>
            <comment>fix</comment>
            <translation>Centra la pantalla principal detrás del teclado; si usas dos pantallas por igual, pon la separación entre ambas en el centro.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S4</name>
        <message>
            <source>Can you read the screen without bright patches or mirror images of lights and windows on it?</source>
            <comment>question</comment>
            <translation>¿Puedes leer la pantalla sin manchas de brillo ni reflejos de luces y ventanas?</translation>
        </message>
        <message>
            <source>Light bouncing off the screen fades the text, and you end up squinting or ducking your head around it.</source>
            <comment>why</comment>
            <translation>La luz que rebota en la pantalla apaga el texto, y acabas entrecerrando los ojos o moviendo la cabeza para esquivarla.</translation>
        </message>
        <message>
            <source>Set the screen side-on to windows, draw the blinds when the sun is low, and tip the screen until the lamps vanish from it.</source>
            <comment>fix</comment>
            <translation>Pon la pantalla de lado a las ventanas, baja las persianas cuando el sol esté bajo e inclínala hasta que desaparezcan los reflejos de las lámparas.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S5</name>
        <message>
            <source>Are brightness and contrast comfortable, and is the picture steady, without flicker?</source>
            <comment>question</comment>
            <translation>¿Son cómodos el brillo y el contraste, y la imagen es estable, sin parpadeo?</translation>
        </message>
        <message>
            <source>A dim, glaring or flickering picture makes reading hard work.</source>
            <comment>why</comment>
            <translation>Una imagen tenue, deslumbrante o con parpadeo hace que leer cueste.</translation>
        </message>
        <message>
            <source>Match the screen's brightness to the room in the display settings; report flicker that the settings don't cure.</source>
            <comment>fix</comment>
            <translation>Ajusta el brillo de la pantalla a la sala en la configuración de pantalla; avisa si hay un parpadeo que no se corrige así.</translation>
        </message>
    </context>
    <context>
        <name>checklist:S6</name>
        <message>
            <source>If you type from papers, are they held up near the screen rather than flat on the desk?</source>
            <comment>question</comment>
            <translation>Si escribes a partir de papeles, ¿los tienes en alto junto a la pantalla en lugar de planos sobre la mesa?</translation>
        </message>
        <message>
            <source>Looking down at papers and up at the screen again and again keeps your neck bobbing.</source>
            <comment>why</comment>
            <translation>Mirar hacia abajo a los papeles y hacia arriba a la pantalla una y otra vez obliga al cuello a subir y bajar sin parar.</translation>
        </message>
        <message>
            <source>Put a document holder beside the screen, or between the keyboard and the screen, at about screen height.</source>
            <comment>fix</comment>
            <translation>Pon un atril para documentos junto a la pantalla, o entre el teclado y la pantalla, más o menos a la altura de esta.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K1</name>
        <message>
            <source>When you type, are your elbows at about a right angle, shoulders relaxed and wrists straight?</source>
            <comment>question</comment>
            <translation>Al escribir, ¿tienes los codos en ángulo más o menos recto, los hombros relajados y las muñecas rectas?</translation>
        </message>
        <message>
            <source>With the keys at elbow height your shoulders can drop and your wrists stay straight.</source>
            <comment>why</comment>
            <translation>Con las teclas a la altura de los codos, los hombros pueden bajar y las muñecas quedan rectas.</translation>
        </message>
        <message>
            <source>Adjust the chair until your forearms are level with the keys (add a footrest if needed) and fold the keyboard's feet flat.</source>
            <comment>fix</comment>
            <translation>Ajusta la silla hasta que los antebrazos queden a la altura de las teclas (con reposapiés si hace falta) y pliega las patas del teclado.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K2</name>
        <message>
            <source>Is there room in front of the keyboard to rest your hands when you pause?</source>
            <comment>question</comment>
            <translation>¿Hay espacio delante del teclado para apoyar las manos cuando paras?</translation>
        </message>
        <message>
            <source>A place to rest your hands lets your arms relax instead of hovering over the keys.</source>
            <comment>why</comment>
            <translation>Un sitio donde apoyar las manos deja que los brazos se relajen en lugar de quedarse suspendidos sobre las teclas.</translation>
        </message>
        <message>
            <source>Move the keyboard back from the desk edge so your hands and wrists have room in front of it.</source>
            <comment>fix</comment>
            <translation>Aleja el teclado del borde del escritorio para que las manos y las muñecas tengan espacio delante.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K3</name>
        <message>
            <source>Is your mouse right next to the keyboard, at the same height?</source>
            <comment>question</comment>
            <translation>¿Está el ratón justo al lado del teclado y a la misma altura?</translation>
        </message>
        <message>
            <source>A mouse out at the side or on a higher shelf keeps your arm reaching away from your body.</source>
            <comment>why</comment>
            <translation>Un ratón apartado a un lado o en una bandeja más alta obliga al brazo a estirarse lejos del cuerpo.</translation>
        </message>
        <message>
            <source>Bring the mouse in close; a keyboard without a number pad shortens the reach, or try mousing with the other hand.</source>
            <comment>fix</comment>
            <translation>Acerca el ratón; un teclado sin teclado numérico acorta la distancia, o prueba a usar el ratón con la otra mano.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K4</name>
        <message>
            <source>Does your mouse fit your hand, with the pointer moving at a speed that feels right?</source>
            <comment>question</comment>
            <translation>¿Se adapta el ratón a tu mano y el puntero se mueve a una velocidad que te resulta adecuada?</translation>
        </message>
        <message>
            <source>An awkward mouse or a sluggish pointer makes you grip harder and move your arm more.</source>
            <comment>why</comment>
            <translation>Un ratón incómodo o un puntero lento te hacen apretar más y mover más el brazo.</translation>
        </message>
        <message>
            <source>Set the pointer speed in the mouse settings; if it still feels wrong, ask to try another mouse or a trackball.</source>
            <comment>fix</comment>
            <translation>Ajusta la velocidad del puntero en la configuración del ratón; si aún no va bien, pide probar otro ratón o un trackball.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K5</name>
        <message>
            <source>Is the keyboard centred in front of you, with the B key roughly in line with your navel?</source>
            <comment>question</comment>
            <translation>¿Está el teclado centrado delante de ti, con la tecla B más o menos a la altura del ombligo?</translation>
        </message>
        <message>
            <source>Typing on a keyboard pushed off to one side keeps your arms and upper back turned all day.</source>
            <comment>why</comment>
            <translation>Escribir en un teclado desplazado a un lado mantiene los brazos y la espalda alta girados todo el día.</translation>
        </message>
        <message>
            <source>Slide the keyboard so its letter keys (not the whole board) sit in front of you; the B key lines up with your navel.</source>
            <comment>fix</comment>
            <translation>Desliza el teclado para que las teclas de letras (no todo el teclado) queden delante de ti; la tecla B, a la altura del ombligo.</translation>
        </message>
    </context>
    <context>
        <name>checklist:K6</name>
        <message>
            <source>If you have a wrist or palm rest, do you lean on it only while pausing, not while typing?</source>
            <comment>question</comment>
            <translation>Si tienes un reposamuñecas, ¿te apoyas en él solo en las pausas y no mientras escribes?</translation>
        </message>
        <message>
            <source>Pressing your wrists on a rest while you type bends them and presses on the tissues inside.</source>
            <comment>why</comment>
            <translation>Apoyar las muñecas mientras escribes las dobla y presiona los tejidos de su interior.</translation>
        </message>
        <message>
            <source>Let your hands float over the keys as you type and rest the heels of your hands on the rest only in pauses.</source>
            <comment>fix</comment>
            <translation>Deja que las manos floten sobre las teclas al escribir y apoya la base de las palmas solo en las pausas.</translation>
        </message>
    </context>
    <context>
        <name>checklist:L1</name>
        <message>
            <source>For longer spells on the laptop, do you use a separate keyboard and mouse, with its screen raised?</source>
            <comment>question</comment>
            <translation>Para ratos largos con el portátil, ¿usas un teclado y un ratón aparte, con la pantalla elevada?</translation>
        </message>
        <message>
            <source>On a laptop the screen and keys are joined, so one of them is always at the wrong height.</source>
            <comment>why</comment>
            <translation>En un portátil la pantalla y el teclado van unidos, así que uno de los dos siempre queda a mala altura.</translation>
        </message>
        <message>
            <source>Raise the laptop on a stand so the screen is at eye level and plug in a keyboard and mouse, or use a dock and monitor.</source>
            <comment>fix</comment>
            <translation>Eleva el portátil con un soporte para tener la pantalla a la altura de los ojos y conecta un teclado y un ratón, o usa una base y un monitor.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E1</name>
        <message>
            <source>Is there enough light to read papers easily, without it glaring on the screen?</source>
            <comment>question</comment>
            <translation>¿Hay luz suficiente para leer papeles con facilidad, sin que deslumbre en la pantalla?</translation>
        </message>
        <message>
            <source>Too little light makes you lean in; too much, or in the wrong place, bounces off screen and paper.</source>
            <comment>why</comment>
            <translation>Con poca luz te inclinas hacia delante; con demasiada, o mal colocada, rebota en la pantalla y el papel.</translation>
        </message>
        <message>
            <source>Add a desk lamp aimed at your papers, not the screen, or move out from under a bright ceiling light.</source>
            <comment>fix</comment>
            <translation>Añade una lámpara de escritorio orientada a los papeles, no a la pantalla, o apártate de debajo de una luz de techo intensa.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E2</name>
        <message>
            <source>Are the noise, temperature and air (not too dry or stuffy) comfortable where you work?</source>
            <comment>question</comment>
            <translation>¿Son cómodos el ruido, la temperatura y el aire (ni demasiado seco ni cargado) donde trabajas?</translation>
        </message>
        <message>
            <source>A noisy, stuffy, hot or cold room wears down your comfort and concentration over a day.</source>
            <comment>why</comment>
            <translation>Una sala ruidosa, cargada, calurosa o fría va minando tu comodidad y tu concentración a lo largo del día.</translation>
        </message>
        <message>
            <source>Tell facilities what bothers you and when it happens; meanwhile a fan, an extra layer or headphones can help.</source>
            <comment>fix</comment>
            <translation>Di a mantenimiento qué te molesta y cuándo ocurre; mientras tanto, un ventilador, otra capa de ropa o unos auriculares pueden ayudar.</translation>
        </message>
    </context>
    <context>
        <name>checklist:E3</name>
        <message>
            <source>Is there room around your chair to shift position, stand up and stretch?</source>
            <comment>question</comment>
            <translation>¿Hay espacio alrededor de tu silla para cambiar de postura, levantarte y estirarte?</translation>
        </message>
        <message>
            <source>Moving often is easy only when there is space to do it.</source>
            <comment>why</comment>
            <translation>Moverse a menudo solo es fácil cuando hay espacio para hacerlo.</translation>
        </message>
        <message>
            <source>Clear the floor around your chair and rearrange the furniture; ask facilities if the space is simply too small.</source>
            <comment>fix</comment>
            <translation>Despeja el suelo alrededor de la silla y recoloca los muebles; si el espacio es simplemente muy pequeño, díselo a mantenimiento.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H1</name>
        <message>
            <source>Do you break up screen work at least once an hour with a short pause or an off-screen task?</source>
            <comment>question</comment>
            <translation>¿Interrumpes el trabajo con pantalla al menos una vez por hora con una breve pausa o una tarea sin pantalla?</translation>
        </message>
        <message>
            <source>Short, frequent breaks suit screen work better than long, rare ones.</source>
            <comment>why</comment>
            <translation>Los descansos cortos y frecuentes van mejor con el trabajo con pantalla que los largos y escasos.</translation>
        </message>
        <message>
            <source>Turn on DeskCoach's breaks, and save calls, filing and printing for the gaps between screen spells.</source>
            <comment>fix</comment>
            <translation>Activa los descansos de DeskCoach y deja las llamadas, el archivo y la impresión para los huecos entre ratos de pantalla.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H2</name>
        <message>
            <source>Do you rest your eyes often, looking into the distance and blinking fully for a few seconds?</source>
            <comment>question</comment>
            <translation>¿Descansas la vista a menudo, mirando a lo lejos y parpadeando del todo durante unos segundos?</translation>
        </message>
        <message>
            <source>People blink less while reading a screen, and hours of close focus are tiring for the eyes.</source>
            <comment>why</comment>
            <translation>Parpadeamos menos al leer en pantalla, y horas de enfoque cercano cansan la vista.</translation>
        </message>
        <message>
            <source>Every 20 minutes or so, look at something about 6 m (20 ft) away for 20 seconds and blink fully a few times.</source>
            <comment>fix</comment>
            <translation>Cada 20 minutos o así, mira algo a unos 6 m (20 pies) durante 20 segundos y parpadea del todo varias veces.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H3</name>
        <message>
            <source>Have you had an eye test recently?</source>
            <comment>question</comment>
            <translation>¿Te has revisado la vista hace poco?</translation>
        </message>
        <message>
            <source>Some people need glasses made for screen distance; an eye test is how to find out.</source>
            <comment>why</comment>
            <translation>Algunas personas necesitan gafas para la distancia de la pantalla; una revisión de la vista es la forma de saberlo.</translation>
        </message>
        <message>
            <source>Ask your manager or HR: in the UK and EU, employers arrange an eye test for screen users who ask for one.</source>
            <comment>fix</comment>
            <translation>Pregunta a tu responsable o a RR. HH.: en el Reino Unido y la UE, la empresa organiza una revisión de la vista a quien trabaja con pantalla y la pide.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H4</name>
        <message>
            <source>Has someone shown you how to adjust your chair, desk and screen to fit you?</source>
            <comment>question</comment>
            <translation>¿Te ha enseñado alguien a ajustar la silla, el escritorio y la pantalla a tu medida?</translation>
        </message>
        <message>
            <source>Adjustable furniture only helps if you know how to set it.</source>
            <comment>why</comment>
            <translation>Los muebles regulables solo ayudan si sabes ajustarlos.</translation>
        </message>
        <message>
            <source>Ask your manager for a short workstation set-up session, or go through this checklist with each control in hand.</source>
            <comment>fix</comment>
            <translation>Pide a tu responsable una breve sesión para ajustar tu puesto de trabajo, o recorre esta lista de comprobación probando cada mando.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H5</name>
        <message>
            <source>Are you free of aches, tingling or eye strain that you put down to your work?</source>
            <comment>question</comment>
            <translation>¿Estás libre de dolores, hormigueos o fatiga visual que atribuyas a tu trabajo?</translation>
        </message>
        <message>
            <source>Discomfort that keeps coming back is worth raising early, while it is easy to act on.</source>
            <comment>why</comment>
            <translation>Conviene comentar pronto las molestias que vuelven una y otra vez, mientras aún es fácil ponerles remedio.</translation>
        </message>
        <message>
            <source>Tell your manager so your workstation can be looked at again, and see a health professional if it lasts.</source>
            <comment>fix</comment>
            <translation>Díselo a tu responsable para que se revise de nuevo tu puesto de trabajo, y consulta a un profesional sanitario si persisten.</translation>
        </message>
    </context>
    <context>
        <name>checklist:H6</name>
        <message>
            <source>For long calls, do you use a headset rather than holding the phone between your ear and shoulder?</source>
            <comment>question</comment>
            <translation>En llamadas largas, ¿usas auriculares en lugar de sujetar el teléfono entre la oreja y el hombro?</translation>
        </message>
        <message>
            <source>Clamping a phone with your shoulder holds your neck bent to one side for the whole call.</source>
            <comment>why</comment>
            <translation>Sujetar el teléfono con el hombro mantiene el cuello doblado hacia un lado durante toda la llamada.</translation>
        </message>
        <message>
            <source>Use a headset or earphones for calls longer than a few minutes, or the speaker when you are on your own.</source>
            <comment>fix</comment>
            <translation>Usa auriculares con micrófono para llamadas de más de unos minutos, o el altavoz cuando estés solo.</translation>
        </message>
    </context>
</TS>
