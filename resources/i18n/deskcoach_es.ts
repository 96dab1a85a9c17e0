<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A break is waiting</source>
        <extracomment>The rest of starting waits this long after the icon is shown: the event loop goes idle, so the dock request reaches the tray host and the icon is placed before the scheduler, content and detectors load (run at once, they kept the request unsent for 50-100 ms).</extracomment>
        <translation>Un descanso te espera</translation>
    </message>
    <message>
        <source>Your break has waited %1 minutes for a meeting or full-screen app. Take it when you can; it appears as soon as you are done.</source>
        <translation>Tu descanso lleva %1 minutos esperando por una reunión o una aplicación a pantalla completa. Tómalo cuando puedas; aparece en cuanto termines.</translation>
    </message>
    <message>
        <source>DeskCoach workstation check</source>
        <translation>Revisión del puesto de trabajo de DeskCoach</translation>
    </message>
    <message>
        <source>DeskCoach: some files could not be used</source>
        <translation>DeskCoach: algunos archivos no se han podido usar</translation>
    </message>
    <message>
        <source>The workstation checklist could not be loaded.</source>
        <translation>No se ha podido cargar la lista de comprobación del puesto de trabajo.</translation>
    </message>
    <message>
        <source>DeskCoach cannot open its control socket: %1.</source>
        <translation>DeskCoach no puede abrir su socket de control: %1.</translation>
    </message>
    <message>
        <source>DeskCoach is already running for this profile.</source>
        <translation>DeskCoach ya está en marcha para este perfil.</translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4</source>
        <translation>%1, paso %2 de %3: %4</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1: five minutes for your body</source>
        <translation>%1: cinco minutos para tu cuerpo</translation>
    </message>
    <message>
        <source>%1. Click here to start.</source>
        <translation>%1. Haz clic aquí para empezar.</translation>
    </message>
    <message>
        <source>Stand up, reach both arms overhead, and take 10 slow breaths.</source>
        <translation>Ponte de pie, estira los dos brazos por encima de la cabeza y haz 10 respiraciones lentas.</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK</source>
        <translation>DESCANSO ACTIVO</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Hora de moverse</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Progreso del descanso</translation>
    </message>
    <message>
        <source>The timer waits while you keep working; step away to let it run.</source>
        <translation>El temporizador espera mientras sigues trabajando; apártate del ordenador para que avance.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Done: finish the break now</source>
        <translation>Hecho: terminar el descanso ahora</translation>
    </message>
    <message>
        <source>S&amp;wap exercise</source>
        <translation>&amp;Cambiar ejercicio</translation>
    </message>
    <message>
        <source>Swap this exercise for another</source>
        <translation>Cambiar este ejercicio por otro</translation>
    </message>
    <message>
        <source>Exercise &amp;info</source>
        <translation>&amp;Info del ejercicio</translation>
    </message>
    <message>
        <source>This exercise&apos;s cautions and who should leave it out</source>
        <translation>Precauciones de este ejercicio y quién debería saltárselo</translation>
    </message>
    <message>
        <source>When to get &amp;help</source>
        <translation>Cuándo pedir a&amp;yuda</translation>
    </message>
    <message>
        <source>BEFORE YOUR FIRST MOVEMENT BREAK</source>
        <translation>ANTES DE TU PRIMER DESCANSO ACTIVO</translation>
    </message>
    <message>
        <source>Move gently, and listen to your body</source>
        <translation>Muévete con suavidad y escucha a tu cuerpo</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Nota de seguridad</translation>
    </message>
    <message>
        <source>&amp;I understand, show the exercises</source>
        <translation>&amp;Entendido, mostrar los ejercicios</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice.

Move within a comfortable range and never bounce. Stop if a movement hurts, tingles, goes numb, sends symptoms into an arm or leg, makes you dizzy or makes pain worse.

Get emergency care now for loss of bladder or bowel control, numbness around the genitals or buttocks, new weakness in the legs, or chest pain. See a doctor or physiotherapist before going on if pain spreads below the knee, wakes you at night or keeps getting worse, and after recent surgery or injury, or during pregnancy.

&quot;When to get help&quot; (below, and in the tray menu) lists every sign.</source>
        <translation>DeskCoach sugiere movimientos suaves y generales. No es consejo médico.

Muévete dentro de un rango cómodo y sin rebotes. Para si un movimiento duele, hormiguea, se entumece, te lleva síntomas a un brazo o una pierna, te marea o empeora el dolor.

Busca atención de urgencia ya si pierdes el control de la vejiga o el intestino, notas entumecimiento alrededor de los genitales o las nalgas, debilidad nueva en las piernas o dolor en el pecho. Consulta a un médico o fisioterapeuta antes de seguir si el dolor baja por debajo de la rodilla, te despierta por la noche o va a peor, y tras una operación o lesión reciente, o durante el embarazo.

&quot;Cuándo pedir ayuda&quot; (abajo y en el menú de la bandeja) enumera todas las señales.</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Respiración %1 de %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>Mantén %1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>BREAK DONE</source>
        <translation>DESCANSO TERMINADO</translation>
    </message>
    <message>
        <source>Nice work. How did that feel?</source>
        <translation>¡Bien hecho! ¿Qué tal te ha sentado?</translation>
    </message>
    <message>
        <source>One tap helps DeskCoach pick exercises that suit you. Uncomfortable? A short question then asks which exercise.</source>
        <translation>Un toque ayuda a DeskCoach a elegir ejercicios que te vayan bien. ¿Incómodo? Una pregunta breve te pide luego qué ejercicio.</translation>
    </message>
    <message>
        <source>Felt &amp;good</source>
        <translation>&amp;Bien</translation>
    </message>
    <message>
        <source>&amp;Neutral</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Uncomfortable</source>
        <translation>&amp;Incómodo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Thanks for telling DeskCoach</source>
        <extracomment>The break window is built this many real seconds before a break falls due, so it shows at once then (building it, with the figure and its stylesheets, takes 50-100 ms); not sooner, so an idle app does not carry it for the whole work stretch.</extracomment>
        <translation>Gracias por contárselo a DeskCoach</translation>
    </message>
    <message>
        <source>If discomfort keeps coming back, a quick workstation check can help: Checklist... in the menu. See a clinician about pain that persists.</source>
        <translation>Si las molestias vuelven una y otra vez, una revisión rápida del puesto de trabajo puede ayudar: Lista de comprobación... en el menú. Consulta a un profesional sanitario si el dolor persiste.</translation>
    </message>
    <message>
        <source>DeskCoach - time to move</source>
        <translation>DeskCoach - hora de moverse</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Descanso activo</translation>
    </message>
    <message>
        <source>Look at something far away and breathe easily until the break ends.</source>
        <translation>Mira algo lejano y respira con calma hasta que termine el descanso.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>&amp;Posponer %n min</numerusform>
            <numerusform>&amp;Posponer %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>Posponer el descanso %n minuto</numerusform>
            <numerusform>Posponer el descanso %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break. Before it starts: %1</source>
        <translation>Descanso activo. Antes de empezar: %1</translation>
    </message>
    <message>
        <source>Movement break: %1. %2</source>
        <translation>Descanso activo: %1. %2</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK  ·  EXERCISE %1 OF %2</source>
        <translation>DESCANSO ACTIVO  ·  EJERCICIO %1 DE %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>&amp;Saltar (queda %n hoy)</numerusform>
            <numerusform>&amp;Saltar (quedan %n hoy)</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a period for its figures.</source>
        <translation>Señala un periodo para ver sus cifras.</translation>
    </message>
    <message>
        <source>Details of the period under the pointer</source>
        <translation>Detalles del periodo bajo el puntero</translation>
    </message>
    <message>
        <source>Breaks, share taken and longest stretch per period</source>
        <translation>Descansos, porcentaje realizado y tramo más largo por periodo</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Descansos</translation>
    </message>
    <message>
        <source>Taken (%)</source>
        <translation>Realizados (%)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Skipped and missed breaks by weekday and hour</source>
        <translation>Descansos saltados y perdidos por día de la semana y hora</translation>
    </message>
    <message>
        <source>When breaks get skipped or missed</source>
        <translation>Cuándo se saltan o se pierden los descansos</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Saltados o perdidos</translation>
    </message>
    <message>
        <source>* %1 is not over yet: its figures so far.</source>
        <translation>* %1 aún no ha terminado: cifras hasta ahora.</translation>
    </message>
    <message>
        <source>Share of due breaks taken; dashed: your %1 goal; no dot: nothing due</source>
        <translation>Realizados de los previstos; discontinua: objetivo del %1; sin punto: nada previsto</translation>
    </message>
    <message>
        <source>Longest time without a break; dashed: your %1 min interval</source>
        <translation>Tiempo más largo sin descanso; discontinua: tu intervalo de %1 min</translation>
    </message>
    <message>
        <source>Hour the break fell due</source>
        <translation>Hora en que tocaba el descanso</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and day of month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Your plan changed</source>
        <translation>Tu plan ha cambiado</translation>
    </message>
    <message>
        <source>How does it feel now?</source>
        <translation>¿Cómo lo notas ahora?</translation>
    </message>
    <message>
        <source>Pain or discomfort from 0 (none) to 10 (the worst). Up to 3 is fine; DeskCoach paces each exercise by your answers.</source>
        <translation>Dolor o molestia de 0 (nada) a 10 (lo peor). Hasta 3 está bien; DeskCoach ajusta cada ejercicio según tus respuestas.</translation>
    </message>
    <message>
        <source>How did your body feel when you got up today?</source>
        <translation>¿Cómo notabas el cuerpo al levantarte hoy?</translation>
    </message>
    <message>
        <source>0 is no pain or stiffness, 10 the worst. Your mornings decide when an exercise gets harder or easier.</source>
        <translation>0 es sin dolor ni rigidez, 10 lo peor. Tus mañanas deciden cuándo un ejercicio se vuelve más difícil o más fácil.</translation>
    </message>
    <message>
        <source>Which places ached this week?</source>
        <translation>¿Qué zonas te han dolido esta semana?</translation>
    </message>
    <message>
        <source>Tick each one, then pick how bad it was at worst (0-10). Nothing ached? Pick 0.</source>
        <translation>Marca cada una y elige cuánto dolió en el peor momento (0-10). ¿No te dolió nada? Elige 0.</translation>
    </message>
    <message>
        <source>DeskCoach check-in</source>
        <extracomment>answers: one (pain, region or &quot;&quot;, exercise or &quot;&quot;) per check-in; kind; free-text note</extracomment>
        <translation>Chequeo de DeskCoach</translation>
    </message>
    <message>
        <source>The whole break</source>
        <translation>Todo el descanso</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Dónde (opcional)</translation>
    </message>
    <message>
        <source>Anywhere / in general</source>
        <translation>En ningún sitio concreto / en general</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Dolor %1 de 10</translation>
    </message>
    <message>
        <source>Anything else, such as numbness or tingling? (optional)</source>
        <translation>¿Algo más, como entumecimiento u hormigueo? (opcional)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>DeskCoach</source>
        <translation>DeskCoach</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>No se han podido guardar tus respuestas: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se ha podido exportar a %1: %2</translation>
    </message>
    <message>
        <source>Workstation check exported</source>
        <translation>Revisión del puesto de trabajo exportada</translation>
    </message>
    <message numerus="yes">
        <source>%n workstation actions to follow up: %1</source>
        <translation>
            <numerusform>%n acción del puesto de trabajo pendiente: %1</numerusform>
            <numerusform>%n acciones del puesto de trabajo pendientes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has been %n months since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</source>
        <translation>
            <numerusform>Ha pasado %n mes desde la revisión de tu puesto de trabajo. Una nueva lleva cinco minutos: Lista de comprobación... en el menú de DeskCoach.</numerusform>
            <numerusform>Han pasado %n meses desde la revisión de tu puesto de trabajo. Una nueva lleva cinco minutos: Lista de comprobación... en el menú de DeskCoach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a workstation check: choose Checklist... in the DeskCoach menu. It takes about five minutes.</source>
        <translation>Es hora de revisar tu puesto de trabajo: elige Lista de comprobación... en el menú de DeskCoach. Se tarda unos cinco minutos.</translation>
    </message>
    <message>
        <source>DeskCoach - workstation check</source>
        <translation>DeskCoach - revisión del puesto de trabajo</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>exercise ids</source>
        <translation>ids de ejercicios</translation>
    </message>
    <message>
        <source>a list of up to %1 of: %2</source>
        <translation>una lista de hasta %1 de: %2</translation>
    </message>
    <message>
        <source>neck</source>
        <extracomment>each region in words, for sentences (&quot;neck, upper back&quot;); translated where shown</extracomment>
        <translation>cuello</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>espalda alta</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>hombros</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>pecho</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>caderas</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>piernas</translation>
    </message>
    <message>
        <source>legs&apos; circulation</source>
        <extracomment>clearer on its own as a box to tick than the word the sentences use</extracomment>
        <translation>circulación de las piernas</translation>
    </message>
    <message>
        <source>wrists and hands</source>
        <translation>muñecas y manos</translation>
    </message>
    <message>
        <source>circulation</source>
        <translation>circulación</translation>
    </message>
    <message>
        <source>eyes</source>
        <translation>ojos</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>respiración</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>todo el cuerpo</translation>
    </message>
    <message>
        <source>Work interval</source>
        <translation>Intervalo de trabajo</translation>
    </message>
    <message>
        <source>Minutes of work between breaks; 30-45 is recommended.</source>
        <translation>Minutos de trabajo entre descansos; se recomiendan 30-45.</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Duración del descanso</translation>
    </message>
    <message>
        <source>How long each movement break lasts.</source>
        <translation>Cuánto dura cada descanso activo.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Aviso antes de un descanso</translation>
    </message>
    <message>
        <source>How early the tray warns that a break is coming (0 = no notice).</source>
        <translation>Con cuánta antelación avisa la bandeja del sistema de que se acerca un descanso (0 = sin aviso).</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Duración de posponer</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Cuánto tiempo aplaza un descanso el botón Posponer.</translation>
    </message>
    <message>
        <source>Putting breaks off</source>
        <translation>Aplazar descansos</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Veces que se puede posponer</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Cuántas veces se puede posponer un mismo descanso.</translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation>Saltos por día</translation>
    </message>
    <message>
        <source>How many breaks may be skipped each day.</source>
        <translation>Cuántos descansos se pueden saltar cada día.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Modo estricto</translation>
    </message>
    <message>
        <source>Breaks cannot be skipped or snoozed.</source>
        <translation>Los descansos no se pueden saltar ni posponer.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).</source>
        <translation>Reproduce un aviso suave al empezar y al terminar un descanso (nunca mientras una reunión retiene los descansos).</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Start DeskCoach when you log in.</source>
        <translation>Inicia DeskCoach al iniciar sesión.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Movimiento reducido</translation>
    </message>
    <message>
        <source>Show still key poses instead of animations.</source>
        <translation>Muestra posturas clave fijas en lugar de animaciones.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Seated only</source>
        <translation>Solo sentado</translation>
    </message>
    <message>
        <source>Only suggest exercises that can be done sitting down.</source>
        <translation>Sugerir solo ejercicios que se pueden hacer sentado.</translation>
    </message>
    <message>
        <source>Back movements</source>
        <translation>Movimientos de espalda</translation>
    </message>
    <message>
        <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.</source>
        <translation>Deja fuera las flexiones hacia delante (flexión) o hacia atrás (extensión) si alguna de ellas no te sienta bien.</translation>
    </message>
    <message>
        <source>Regions to leave out</source>
        <translation>Zonas que excluir</translation>
    </message>
    <message>
        <source>Body regions DeskCoach should not suggest exercises for.</source>
        <translation>Zonas del cuerpo para las que DeskCoach no debe sugerir ejercicios.</translation>
    </message>
    <message>
        <source>Exercises to leave out</source>
        <translation>Ejercicios que excluir</translation>
    </message>
    <message>
        <source>Exercises DeskCoach should never suggest.</source>
        <translation>Ejercicios que DeskCoach no debe sugerir nunca.</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Ausente tras</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break&apos;s length counts as a natural break.</source>
        <translation>Minutos sin teclado ni ratón tras los que se detiene el temporizador de trabajo; volver después de al menos la duración de un descanso cuenta como descanso natural.</translation>
    </message>
    <message>
        <source>Smart timing</source>
        <translation>Tiempos inteligentes</translation>
    </message>
    <message>
        <source>Wait for full-screen apps</source>
        <translation>Esperar a las aplicaciones a pantalla completa</translation>
    </message>
    <message>
        <source>Hold a break while a full-screen app or presentation is in front.</source>
        <translation>Retiene un descanso mientras hay delante una aplicación a pantalla completa o una presentación.</translation>
    </message>
    <message>
        <source>Wait for meetings</source>
        <translation>Esperar a las reuniones</translation>
    </message>
    <message>
        <source>Hold a break while another app uses the camera or microphone.</source>
        <translation>Retiene un descanso mientras otra aplicación usa la cámara o el micrófono.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Espera máxima</translation>
    </message>
    <message>
        <source>After this long a held break gives a gentle reminder.</source>
        <translation>Pasado este tiempo, un descanso retenido te lo recuerda con suavidad.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.</source>
        <translation>p. ej. mon-fri 08:30-12:30,13:30-17:30; vacío significa siempre.</translation>
    </message>
    <message>
        <source>Checklist reminders</source>
        <translation>Recordatorios de la lista</translation>
    </message>
    <message>
        <source>Remind me of open workstation actions and when a fresh check is due.</source>
        <translation>Recordarme las acciones pendientes del puesto de trabajo y cuándo toca una nueva revisión.</translation>
    </message>
    <message>
        <source>Workstation check</source>
        <translation>Revisión del puesto de trabajo</translation>
    </message>
    <message>
        <source>Fresh check after</source>
        <translation>Nueva revisión tras</translation>
    </message>
    <message>
        <source>Months after a workstation check until DeskCoach suggests a new one.</source>
        <translation>Meses tras una revisión del puesto de trabajo hasta que DeskCoach sugiere una nueva.</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Objetivo de racha</translation>
    </message>
    <message>
        <source>The share of the day&apos;s due breaks to take for the day to join your streak on the progress dashboard.</source>
        <translation>La parte de los descansos previstos del día que hay que realizar para que el día cuente en tu racha del panel de progreso.</translation>
    </message>
    <message>
        <source>Eye breaks every</source>
        <translation>Descanso visual cada</translation>
    </message>
    <message>
        <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).</source>
        <translation>Un aviso de 20 segundos para mirar a lo lejos, entre descansos activos (0 = desactivado).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Eye breaks</source>
        <translation>Descansos visuales</translation>
    </message>
    <message>
        <source>Daily anchors</source>
        <translation>Anclas diarias</translation>
    </message>
    <message>
        <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.</source>
        <translation>Rutinas opcionales de cinco minutos en momentos que ya tienes, p. ej. coffee 08:30, lunch 12:30, end of day 17:15; vacío significa ninguna.</translation>
    </message>
    <message>
        <source>Daily routines</source>
        <translation>Rutinas diarias</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>How loud the break cues are.</source>
        <translation>El volumen de los avisos de descanso.</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Aviso sonoro</translation>
    </message>
    <message>
        <source>Which of DeskCoach&apos;s sounds the cues use.</source>
        <translation>Qué sonido de DeskCoach usan los avisos.</translation>
    </message>
    <message>
        <source>Break window on</source>
        <translation>Ventana de descanso en</translation>
    </message>
    <message>
        <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer&apos;s screen and a calm dimmed panel on the others (it never blocks input).</source>
        <translation>puntero: la pantalla con el puntero del ratón; principal: la pantalla principal; todas: el descanso en la pantalla del puntero y un panel atenuado y tranquilo en las demás (nunca bloquea la entrada).</translation>
    </message>
    <message>
        <source>Break window</source>
        <translation>Ventana de descanso</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop&apos;s colour scheme.</source>
        <translation>Ventanas claras u oscuras; sistema sigue el esquema de colores de tu escritorio.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of DeskCoach&apos;s menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.</source>
        <translation>El idioma de los menús, los ejercicios y los mensajes de DeskCoach; sistema sigue el de tu escritorio. Se aplica al momento; las ventanas ya abiertas cambian cuando las vuelves a abrir.</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>ajuste desconocido &apos;%1&apos; (conocidos: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, allowed: %3</source>
        <translation>&apos;%1&apos; es %2; permitido: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2</source>
        <translation>&apos;%1&apos; debe ser true o false, no %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number (%2), not %3</source>
        <translation>&apos;%1&apos; debe ser un número entero (%2), no %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>&apos;%1&apos; debe ser %2, no %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, allowed: %3</source>
        <translation>&apos;%1&apos; contiene %2; permitido: %3</translation>
    </message>
    <message>
        <source>A desktop computer</source>
        <translation>Un ordenador de sobremesa</translation>
    </message>
    <message>
        <source>A laptop on its own</source>
        <translation>Solo un portátil</translation>
    </message>
    <message>
        <source>A laptop with a separate screen, keyboard and mouse</source>
        <translation>Un portátil con pantalla, teclado y ratón aparte</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>My manager</source>
        <translation>Mi responsable</translation>
    </message>
    <message>
        <source>Facilities / IT</source>
        <translation>Mantenimiento / Informática</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>&amp;Resume where you left off</source>
        <translation>&amp;Continuar donde lo dejaste</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK</source>
        <translation>REVISIÓN DEL PUESTO DE TRABAJO</translation>
    </message>
    <message>
        <source>Is your desk set up to look after you?</source>
        <translation>¿Está tu puesto preparado para cuidarte?</translation>
    </message>
    <message>
        <source>%1 quick yes/no questions (%2 on a laptop used on its own), five minutes at most. Answer for the place you work most. You can stop at any time: your answers are kept.</source>
        <translation>%1 preguntas rápidas de sí o no (%2 si usas solo un portátil), cinco minutos como mucho. Responde pensando en el sitio donde más trabajas. Puedes parar cuando quieras: tus respuestas se guardan.</translation>
    </message>
    <message>
        <source>Optional, for the report</source>
        <translation>Opcional, para el informe</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>You work on:</source>
        <translation>Trabajas con:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>Progress through the check</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>No &amp;aplicable</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;trás</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>Guardar y terminar &amp;más tarde</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK DONE</source>
        <translation>REVISIÓN DEL PUESTO DE TRABAJO TERMINADA</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>A self-assessment supports, but does not replace, your employer&apos;s workstation assessment.</source>
        <translation>Una autoevaluación complementa, pero no sustituye, la evaluación del puesto de trabajo que hace tu empresa.</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>Empezar una revisión &amp;nueva</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exportar &amp;PDF...</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>Exportar &amp;JSON...</translation>
    </message>
    <message>
        <source>%1  ·  QUESTION %2 OF %3</source>
        <translation>%1  ·  PREGUNTA %2 DE %3</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Por qué importa: %1</translation>
    </message>
    <message>
        <source>If not: %1</source>
        <translation>Si no: %1</translation>
    </message>
    <message>
        <source>%1 of %2 fine. %3</source>
        <translation>%1 de %2 bien. %3</translation>
    </message>
    <message>
        <source>Here is what to fix:</source>
        <translation>Esto es lo que hay que corregir:</translation>
    </message>
    <message>
        <source>Nothing to fix. Well set up!</source>
        <translation>Nada que corregir. ¡Bien ajustado!</translation>
    </message>
    <message numerus="yes">
        <source>%n answers changed since your check on %1.</source>
        <translation>
            <numerusform>%n respuesta ha cambiado desde tu revisión del %1.</numerusform>
            <numerusform>%n respuestas han cambiado desde tu revisión del %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Bien: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Who acts on: %1</source>
        <translation>Quién se encarga: %1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the workstation check</source>
        <translation>Exportar la revisión del puesto de trabajo</translation>
    </message>
    <message>
        <source>DeskCoach - progress</source>
        <translation>DeskCoach - progreso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>(label, bucket size, buckets): whole weeks and months, the last one so far</extracomment>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>bar segments, bottom to top; their colours are the theme&apos;s `series`, in this order</extracomment>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Snoozed, then taken</source>
        <translation>Pospuesto y luego realizado</translation>
    </message>
    <message>
        <source>Natural (away)</source>
        <translation>Natural (ausente)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>as in `deskcoach stats`: Taken counts breaks, Compliance is the share of due breaks taken</extracomment>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previstos</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Naturales</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Realizados</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Longest stretch (min)</source>
        <translation>Tramo más largo (min)</translation>
    </message>
    <message>
        <source>Minutes moved</source>
        <translation>Minutos de movimiento</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation>Dibujando los gráficos...</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Breaks per period, as a table, oldest first</source>
        <translation>Descansos por periodo, en tabla, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>How the numbers are counted</source>
        <translation>Cómo se cuentan las cifras</translation>
    </message>
    <message>
        <source>&amp;How it is counted</source>
        <translation>&amp;Cómo se cuenta</translation>
    </message>
    <message>
        <source>Body log</source>
        <translation>Registro corporal</translation>
    </message>
    <message>
        <source>No breaks yet. After your first break, this is where you see how many you take each day, how long you go without one, and how you move. Take one now from the tray menu if you like.</source>
        <translation>Aún no hay descansos. Después del primero, aquí verás cuántos haces cada día, cuánto tiempo pasas sin uno y cómo te mueves. Si quieres, toma uno ahora desde el menú de la bandeja del sistema.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>This week, %1 to today</source>
        <translation>Esta semana, del %1 a hoy</translation>
    </message>
    <message>
        <source>This week (today)</source>
        <translation>Esta semana (hoy)</translation>
    </message>
    <message>
        <source>Streak, up to today</source>
        <translation>Racha, hasta hoy</translation>
    </message>
    <message>
        <source>Moved this week</source>
        <translation>Movimiento esta semana</translation>
    </message>
    <message>
        <source>Body regions this week</source>
        <translation>Zonas del cuerpo esta semana</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%1 de %n descanso</numerusform>
            <numerusform>%1 de %n descansos</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>taken of those due so far</source>
        <translation>realizados de los previstos hasta ahora</translation>
    </message>
    <message>
        <source>of due breaks taken; nothing to compare with last week</source>
        <translation>de los descansos previstos realizados; no hay semana anterior con la que comparar</translation>
    </message>
    <message>
        <source>nothing due yet this week</source>
        <translation>aún no hay nada previsto esta semana</translation>
    </message>
    <message numerus="yes">
        <source>%1 points against last week (%2)</source>
        <translation>
            <numerusform>%1 punto respecto a la semana pasada (%2)</numerusform>
            <numerusform>%1 puntos respecto a la semana pasada (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>days in a row with %1 or more of due breaks taken; today joins at %1</source>
        <translation>días seguidos con al menos el %1 de los descansos previstos realizados; hoy cuenta al llegar al %1</translation>
    </message>
    <message>
        <source>no day yet with %1 or more of due breaks taken; today joins at %1</source>
        <translation>todavía ningún día con al menos el %1 de los descansos previstos realizados; hoy cuenta al llegar al %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>of exercise in completed breaks</source>
        <translation>de ejercicio en descansos completados</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (hasta ahora)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source>Regions this week</source>
        <translation>Zonas esta semana</translation>
    </message>
    <message>
        <source>all but %1</source>
        <translation>todos menos %1</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>todos</translation>
    </message>
    <message>
        <source> · %1 of due breaks taken</source>
        <translation> · %1 de los descansos previstos realizados</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so DeskCoach shows this small window instead. Closing it minimises it; use Quit to stop DeskCoach.</source>
        <translation>No se ha encontrado la bandeja del sistema en este escritorio, así que DeskCoach muestra esta pequeña ventana en su lugar. Al cerrarla se minimiza; usa Salir para detener DeskCoach.</translation>
    </message>
    <message>
        <source>DeskCoach controls</source>
        <translation>Controles de DeskCoach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>Tomar un &amp;descanso ahora</translation>
    </message>
    <message>
        <source>&amp;Pause 30 min</source>
        <translation>&amp;Pausar 30 min</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>S&amp;kip next</source>
        <translation>&amp;Saltar el siguiente</translation>
    </message>
    <message>
        <source>Pro&amp;gress...</source>
        <translation>Pro&amp;greso...</translation>
    </message>
    <message>
        <source>&amp;Checklist...</source>
        <translation>&amp;Lista de comprobación...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Ajustes...</translation>
    </message>
    <message>
        <source>When to get &amp;help...</source>
        <translation>Cuándo pedir a&amp;yuda...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sal&amp;ir</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice and cannot tell what is causing a symptom.</source>
        <translation>DeskCoach sugiere movimientos suaves y generales. No es consejo médico y no puede saber qué causa un síntoma.</translation>
    </message>
    <message>
        <source>Get emergency care now</source>
        <translation>Busca atención de urgencia ya</translation>
    </message>
    <message>
        <source>Call your emergency number or go to an emergency department if you have:</source>
        <translation>Llama al número de emergencias o ve a urgencias si tienes:</translation>
    </message>
    <message>
        <source>loss of control of your bladder or bowels, or new trouble passing urine</source>
        <translation>pérdida del control de la vejiga o el intestino, o dificultad nueva para orinar</translation>
    </message>
    <message>
        <source>numbness around your genitals, buttocks or inner thighs</source>
        <translation>entumecimiento alrededor de los genitales, las nalgas o la cara interna de los muslos</translation>
    </message>
    <message>
        <source>weakness in your legs that is new or getting worse</source>
        <translation>debilidad en las piernas que es nueva o va a peor</translation>
    </message>
    <message>
        <source>chest pain, with or without back pain</source>
        <translation>dolor en el pecho, con o sin dolor de espalda</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon</source>
        <translation>Consulta pronto a un médico o fisioterapeuta</translation>
    </message>
    <message>
        <source>Book an appointment in the next few days if you have:</source>
        <translation>Pide cita en los próximos días si tienes:</translation>
    </message>
    <message>
        <source>back pain with a fever, night sweats or feeling generally unwell</source>
        <translation>dolor de espalda con fiebre, sudores nocturnos o malestar general</translation>
    </message>
    <message>
        <source>weight loss you cannot explain</source>
        <translation>pérdida de peso que no puedes explicar</translation>
    </message>
    <message>
        <source>pain at night that does not ease when you rest or change position</source>
        <translation>dolor por la noche que no cede al descansar o cambiar de postura</translation>
    </message>
    <message>
        <source>pain after a fall or accident</source>
        <translation>dolor tras una caída o un accidente</translation>
    </message>
    <message>
        <source>pain that spreads below the knee, or numbness or tingling that spreads</source>
        <translation>dolor que baja por debajo de la rodilla, o entumecimiento u hormigueo que se extiende</translation>
    </message>
    <message>
        <source>pain that has changed your daily life for more than a week</source>
        <translation>dolor que lleva más de una semana alterando tu vida diaria</translation>
    </message>
    <message>
        <source>a second or third bout of the same pain within a year</source>
        <translation>un segundo o tercer episodio del mismo dolor en un año</translation>
    </message>
    <message>
        <source>no progress after two weeks of regular, gentle movement</source>
        <translation>ninguna mejora tras dos semanas de movimiento suave y regular</translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation>Detén este ejercicio</translation>
    </message>
    <message>
        <source>Stop the movement, rest, and try a gentler one another time if it brings:</source>
        <translation>Detén el movimiento, descansa y prueba otro más suave en otro momento si te provoca:</translation>
    </message>
    <message>
        <source>pain, or pain that climbs as you go on</source>
        <translation>dolor, o dolor que aumenta a medida que sigues</translation>
    </message>
    <message>
        <source>tingling or numbness, or symptoms spreading into an arm or leg</source>
        <translation>hormigueo o entumecimiento, o síntomas que se extienden a un brazo o una pierna</translation>
    </message>
    <message>
        <source>dizziness or light-headedness</source>
        <translation>mareo o sensación de desvanecimiento</translation>
    </message>
    <message>
        <source>After recent surgery or an injury, or during pregnancy, ask a clinician which movements suit you before you start.</source>
        <translation>Tras una operación o lesión reciente, o durante el embarazo, pregunta a un profesional sanitario qué movimientos te convienen antes de empezar.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>DeskCoach - a break is coming</source>
        <translation>DeskCoach - se acerca un descanso</translation>
    </message>
    <message>
        <source>A movement break is coming</source>
        <translation>Se acerca un descanso activo</translation>
    </message>
    <message>
        <source>Finish what you are doing; a short movement break is coming.</source>
        <translation>Termina lo que estás haciendo; se acerca un breve descanso activo.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Empezar ahora</translation>
    </message>
    <message numerus="yes">
        <source>&amp;In %n minutes</source>
        <translation>
            <numerusform>&amp;Dentro de %n minuto</numerusform>
            <numerusform>&amp;Dentro de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the break off for %n minutes</source>
        <translation>
            <numerusform>Aplazar el descanso %n minuto</numerusform>
            <numerusform>Aplazar el descanso %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break in %1</source>
        <translation>Descanso activo en %1</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Ritmo de respiración</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>BEFORE THIS EXERCISE</source>
        <translation>ANTES DE ESTE EJERCICIO</translation>
    </message>
    <message>
        <source>ABOUT THIS EXERCISE</source>
        <translation>SOBRE ESTE EJERCICIO</translation>
    </message>
    <message>
        <source>Check that it suits you</source>
        <translation>Comprueba que es adecuado para ti</translation>
    </message>
    <message>
        <source>&amp;Back to the exercise</source>
        <translation>&amp;Volver al ejercicio</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>DeskCoach - when to get help</source>
        <translation>DeskCoach - cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>A movement break is on your other screen.</source>
        <translation>Hay un descanso activo en tu otra pantalla.</translation>
    </message>
    <message>
        <source>DeskCoach - break on another screen</source>
        <translation>DeskCoach - descanso en otra pantalla</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <extracomment>the settings whose spin boxes show a unit around the number (see _unit_words) groups with a tab of their own; the rest share &quot;Breaks&quot;</extracomment>
        <translation>&amp;Descansos</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;jercicios</translation>
    </message>
    <message>
        <source>Smart &amp;timing</source>
        <translation>&amp;Temporización</translation>
    </message>
    <message>
        <source>&amp;Workstation check</source>
        <translation>&amp;Revisión del puesto</translation>
    </message>
    <message>
        <source>E&amp;ye breaks and routines</source>
        <translation>&amp;Vista y rutinas</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pariencia</translation>
    </message>
    <message>
        <source>Include both</source>
        <translation>Incluir ambos</translation>
    </message>
    <message>
        <source>Leave out forward bends</source>
        <translation>Excluir flexiones hacia delante</translation>
    </message>
    <message>
        <source>Leave out backward bends</source>
        <translation>Excluir flexiones hacia atrás</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Seguir el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Campanilla</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Campana</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>The screen with the pointer</source>
        <translation>La pantalla con el puntero</translation>
    </message>
    <message>
        <source>The main screen</source>
        <translation>La pantalla principal</translation>
    </message>
    <message>
        <source>All screens (a calm panel on the others)</source>
        <translation>Todas las pantallas (un panel tranquilo en las demás)</translation>
    </message>
    <message>
        <source>DeskCoach settings</source>
        <extracomment>each language in its own words, never translated (a reader looks for their own)</extracomment>
        <translation>Ajustes de DeskCoach</translation>
    </message>
    <message>
        <source>What stops the settings from being saved</source>
        <translation>Qué impide guardar los ajustes</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Establecido por tu organización</translation>
    </message>
    <message>
        <source> (set by your organisation)</source>
        <translation> (establecido por tu organización)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Permitido: %1</translation>
    </message>
    <message>
        <source>%1 on the %2 tab: %3</source>
        <translation>%1 en la pestaña %2: %3</translation>
    </message>
    <message>
        <source>Not saved yet. </source>
        <translation>Aún sin guardar. </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skips</source>
        <translation>
            <numerusform>%n descanso</numerusform>
            <numerusform>%n descansos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <comment>date format (Qt QDateTime)</comment>
        <translation>ddd dd MMM HH:mm</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation>dd MMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>dd MMM yyyy</translation>
    </message>
    <message>
        <source>Break waiting until your meeting ends</source>
        <translation>Descanso en espera hasta que termine tu reunión</translation>
    </message>
    <message>
        <source>Break waiting until the full-screen app closes</source>
        <translation>Descanso en espera hasta que se cierre la aplicación a pantalla completa</translation>
    </message>
    <message>
        <source>You are away: the timer is stopped</source>
        <translation>No estás: el temporizador está detenido</translation>
    </message>
    <message>
        <source>Screen locked: the timer is stopped</source>
        <translation>Pantalla bloqueada: el temporizador está detenido</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>Fuera de tu horario de trabajo</translation>
    </message>
    <message>
        <source>On a movement break</source>
        <translation>En un descanso activo</translation>
    </message>
    <message>
        <source>Outside your working hours, back at %1</source>
        <translation>Fuera de tu horario de trabajo (hasta %1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
    <message>
        <source>Snoozed: break in %1</source>
        <translation>Pospuesto: descanso en %1</translation>
    </message>
    <message>
        <source>Next break in %1</source>
        <translation>Próximo descanso en %1</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 minutos</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 hora</translation>
    </message>
    <message>
        <source>&amp;Until tomorrow</source>
        <translation>&amp;Hasta mañana</translation>
    </message>
    <message>
        <source>DeskCoach menu</source>
        <translation>Menú de DeskCoach</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>S&amp;kip next break</source>
        <translation>&amp;Saltar el siguiente descanso</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>&amp;Saltar este descanso</translation>
    </message>
    <message>
        <source>Eye break</source>
        <translation>Descanso visual</translation>
    </message>
    <message numerus="yes">
        <source>Look at something at least 6 metres away for %n seconds, and blink slowly a few times.</source>
        <translation>
            <numerusform>Mira algo que esté al menos a 6 metros durante %n segundo y parpadea despacio varias veces.</numerusform>
            <numerusform>Mira algo que esté al menos a 6 metros durante %n segundos y parpadea despacio varias veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins are health data. They stay in your own profile on this computer and in the exports you make yourself; nothing your organisation can collect reads them.</source>
        <translation>Tus chequeos son datos de salud. Se quedan en tu propio perfil en este ordenador y en las exportaciones que hagas tú; nada de lo que tu organización pueda recopilar los lee.</translation>
    </message>
    <message>
        <source>Export log as &amp;PDF...</source>
        <translation>Exportar registro como &amp;PDF...</translation>
    </message>
    <message>
        <source>A one-page summary of your check-ins to take to a doctor or physiotherapist</source>
        <translation>Un resumen de una página de tus chequeos para llevar a un médico o fisioterapeuta</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>S&amp;tart programme</source>
        <translation>&amp;Iniciar programa</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>No check-ins in this period. After a break, tell DeskCoach how it felt; your answers draw these lines.</source>
        <translation>No hay chequeos en este periodo. Después de un descanso, cuéntale a DeskCoach cómo te ha ido; tus respuestas dibujan estas líneas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n weeks)</source>
        <translation>
            <numerusform>%1 (%n semana)</numerusform>
            <numerusform>%1 (%n semanas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - suggested: %2</source>
        <translation>%1 - sugerido: %2</translation>
    </message>
    <message>
        <source>No programme is running: breaks draw from every exercise.</source>
        <translation>No hay ningún programa en curso: los descansos usan todos los ejercicios.</translation>
    </message>
    <message>
        <source>%1, phase %3 (%4). %5.</source>
        <translation>%1, fase %3 (%4). %5.</translation>
    </message>
    <message>
        <source>Levels: every exercise at its usual dose so far. Answer the morning question and levels move with your mornings.</source>
        <translation>Niveles: por ahora, todos los ejercicios en su dosis habitual. Responde a la pregunta de la mañana y los niveles se ajustarán a tus mañanas.</translation>
    </message>
    <message>
        <source>%1 - %2: now %3. %4.</source>
        <translation>%1 - %2: ahora %3. %4.</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Cambios de nivel</translation>
    </message>
    <message>
        <source>Saved the log as %1: take it along to a doctor or physiotherapist.</source>
        <translation>Registro guardado como %1: llévalo a tu médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>Export log as PDF</source>
        <translation>Exportar registro como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Discomfort (0-10)</source>
        <translation>Molestia (0-10)</translation>
    </message>
    <message>
        <source>Longest sitting (min)</source>
        <translation>Sesión más larga sentado (min)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Media diaria</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Mañanas</translation>
    </message>
    <message>
        <source>keep all settings and data under DIR (portable mode)</source>
        <extracomment>CLI command -&gt; control-protocol command, for commands handed to the running app</extracomment>
        <translation>guardar todos los ajustes y datos en DIR (modo portátil)</translation>
    </message>
    <message>
        <source>run every duration N times faster (demos and tests)</source>
        <translation>ejecutar cada duración N veces más rápido (demos y pruebas)</translation>
    </message>
    <message>
        <source>the language to use: %1 (default: the `language` setting, else the desktop&apos;s)</source>
        <translation>el idioma que usar: %1 (por defecto: el ajuste `language`, si no, el del escritorio)</translation>
    </message>
    <message>
        <source>A calm tray coach for movement breaks. With no command, starts the app.</source>
        <translation>Un asistente tranquilo en la bandeja para descansos activos. Sin ninguna orden, inicia la aplicación.</translation>
    </message>
    <message>
        <source>start the tray app (the default)</source>
        <translation>iniciar la aplicación de la bandeja (por defecto)</translation>
    </message>
    <message>
        <source>what the running app is doing</source>
        <translation>qué está haciendo la aplicación en marcha</translation>
    </message>
    <message>
        <source>take a break now</source>
        <translation>tomar un descanso ahora</translation>
    </message>
    <message>
        <source>with this exercise (see `exercises`)</source>
        <translation>con este ejercicio (ver `exercises`)</translation>
    </message>
    <message>
        <source>pause breaks (30m, 1h, tomorrow)</source>
        <translation>pausar los descansos (30m, 1h, tomorrow)</translation>
    </message>
    <message>
        <source>30m, 1h, 1h30m ... up to 24h, or tomorrow</source>
        <translation>30m, 1h, 1h30m ... hasta 24h, o tomorrow</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>terminar una pausa</translation>
    </message>
    <message>
        <source>skip the break on screen, or else the next one</source>
        <translation>saltar el descanso en pantalla o, si no hay, el siguiente</translation>
    </message>
    <message>
        <source>snooze the break on screen</source>
        <translation>posponer el descanso en pantalla</translation>
    </message>
    <message>
        <source>finish the break on screen</source>
        <translation>terminar el descanso en pantalla</translation>
    </message>
    <message>
        <source>swap the exercise on screen for another</source>
        <translation>cambiar el ejercicio en pantalla por otro</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>abrir una ventana de la aplicación en marcha</translation>
    </message>
    <message>
        <source>which detectors work on this desktop</source>
        <translation>qué detectores funcionan en este escritorio</translation>
    </message>
    <message>
        <source>when to get help: emergency now, a clinician soon, or stop</source>
        <translation>cuándo pedir ayuda: urgencias ya, un profesional sanitario pronto, o parar</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>cerrar la aplicación en marcha</translation>
    </message>
    <message>
        <source>list the exercise catalogue</source>
        <translation>listar el catálogo de ejercicios</translation>
    </message>
    <message>
        <source>print one exercise</source>
        <translation>mostrar un ejercicio</translation>
    </message>
    <message>
        <source>draw an exercise&apos;s key poses as a PNG contact sheet</source>
        <translation>dibujar las posturas clave de un ejercicio como hoja de contactos PNG</translation>
    </message>
    <message>
        <source>every exercise, one PNG each</source>
        <translation>todos los ejercicios, un PNG cada uno</translation>
    </message>
    <message>
        <source>the PNG file (with an ID) or the folder (with --all)</source>
        <translation>el archivo PNG (con un ID) o la carpeta (con --all)</translation>
    </message>
    <message>
        <source>the workstation checklist</source>
        <translation>la lista de comprobación del puesto de trabajo</translation>
    </message>
    <message>
        <source>list the questions</source>
        <translation>listar las preguntas</translation>
    </message>
    <message>
        <source>export an assessment</source>
        <translation>exportar una evaluación</translation>
    </message>
    <message>
        <source>organisation policy</source>
        <translation>directiva de la organización</translation>
    </message>
    <message>
        <source>the effective policy and its sources</source>
        <translation>la directiva efectiva y sus fuentes</translation>
    </message>
    <message>
        <source>try a policy folder laid out like /etc/deskcoach instead (only this command reads it)</source>
        <translation>probar en su lugar una carpeta de directivas organizada como /etc/deskcoach (solo esta orden la lee)</translation>
    </message>
    <message>
        <source>check a policy file, or every file of a policy folder</source>
        <translation>comprobar un archivo de directiva, o todos los archivos de una carpeta de directivas</translation>
    </message>
    <message>
        <source>every policy file in DIR, laid out like /etc/deskcoach</source>
        <translation>todos los archivos de directiva en DIR, organizados como /etc/deskcoach</translation>
    </message>
    <message>
        <source>breaks per day</source>
        <translation>descansos por día</translation>
    </message>
    <message>
        <source>the last N days (default 7)</source>
        <translation>los últimos N días (por defecto 7)</translation>
    </message>
    <message>
        <source>the dashboard&apos;s headline figures, over all of the history</source>
        <translation>las cifras principales del panel, sobre todo el historial</translation>
    </message>
    <message>
        <source>the last day shown (default today)</source>
        <translation>el último día mostrado (por defecto hoy)</translation>
    </message>
    <message>
        <source>write all your data to a JSON file</source>
        <translation>escribir todos tus datos en un archivo JSON</translation>
    </message>
    <message>
        <source>merge an export into this profile</source>
        <translation>combinar una exportación con este perfil</translation>
    </message>
    <message>
        <source>show, set or check settings</source>
        <translation>mostrar, cambiar o comprobar los ajustes</translation>
    </message>
    <message>
        <source>every effective value and its source</source>
        <translation>cada valor efectivo y su origen</translation>
    </message>
    <message>
        <source>set KEY to VALUE (applied live)</source>
        <translation>poner KEY a VALUE (se aplica al momento)</translation>
    </message>
    <message>
        <source>check a settings file</source>
        <translation>comprobar un archivo de ajustes</translation>
    </message>
    <message>
        <source>log how your body feels now</source>
        <translation>registrar cómo notas el cuerpo ahora</translation>
    </message>
    <message>
        <source>pain or discomfort, 0-10</source>
        <translation>dolor o molestia, 0-10</translation>
    </message>
    <message>
        <source>the exercise it is about</source>
        <translation>el ejercicio al que se refiere</translation>
    </message>
    <message>
        <source>morning: how it feels on waking (paces the plan)</source>
        <translation>mañana: cómo lo notas al despertar (marca el ritmo del plan)</translation>
    </message>
    <message>
        <source>a warning sign you notice (shows when to get help)</source>
        <translation>una señal de alarma que notas (muestra cuándo pedir ayuda)</translation>
    </message>
    <message>
        <source>a few words of your own</source>
        <translation>unas palabras tuyas</translation>
    </message>
    <message>
        <source>your check-ins and plan changes</source>
        <translation>tus chequeos y los cambios del plan</translation>
    </message>
    <message>
        <source>the last N days (default 14)</source>
        <translation>los últimos N días (por defecto 14)</translation>
    </message>
    <message>
        <source>write a one-page PDF to take to a clinician instead</source>
        <translation>escribir en su lugar un PDF de una página para llevar a un profesional sanitario</translation>
    </message>
    <message>
        <source>multi-week programmes</source>
        <translation>programas de varias semanas</translation>
    </message>
    <message>
        <source>the programmes</source>
        <translation>los programas</translation>
    </message>
    <message>
        <source>one programme&apos;s phases</source>
        <translation>las fases de un programa</translation>
    </message>
    <message>
        <source>start a programme</source>
        <translation>iniciar un programa</translation>
    </message>
    <message>
        <source>stop the running one</source>
        <translation>detener el que está en curso</translation>
    </message>
    <message>
        <source>the running programme, its phase and week</source>
        <translation>el programa en curso, su fase y su semana</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <source>the time scale must be above 0 and at most 100000</source>
        <translation>la escala de tiempo debe ser mayor que 0 y como mucho 100000</translation>
    </message>
    <message>
        <source>DeskCoach will not use this profile: %1.</source>
        <translation>DeskCoach no usará este perfil: %1.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan los siguientes argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como mucho un argumento</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no permitido con el argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría coincidir con %(matches)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>After %n weeks your discomfort has not eased (about %1/10 then, %2/10 this week). Please see a doctor or physiotherapist; take your log along (Export log as PDF in the Body log, or `deskcoach log --pdf FILE`).</source>
        <translation>
            <numerusform>Después de %n semana tus molestias no han mejorado (unos %1/10 entonces, %2/10 esta semana). Consulta a un médico o fisioterapeuta; lleva tu registro (Exportar registro como PDF en el Registro corporal, o `deskcoach log --pdf FILE`).</numerusform>
            <numerusform>Después de %n semanas tus molestias no han mejorado (unos %1/10 entonces, %2/10 esta semana). Consulta a un médico o fisioterapeuta; lleva tu registro (Exportar registro como PDF en el Registro corporal, o `deskcoach log --pdf FILE`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks without improvement (about %1/10 then, %2/10 this week): time to change something, such as another programme, easier levels or a different time of day.</source>
        <translation>
            <numerusform>%n semana sin mejora (unos %1/10 entonces, %2/10 esta semana): es hora de cambiar algo, como otro programa, niveles más fáciles u otro momento del día.</numerusform>
            <numerusform>%n semanas sin mejora (unos %1/10 entonces, %2/10 esta semana): es hora de cambiar algo, como otro programa, niveles más fáciles u otro momento del día.</numerusform>
        </translation>
    </message>
    <message>
        <source>easier</source>
        <extracomment>How the levels are named when an exercise has the usual three; more are numbered.</extracomment>
        <translation>más fácil</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>más difícil</translation>
    </message>
    <message>
        <source>hardest</source>
        <translation>máximo</translation>
    </message>
    <message>
        <source>gentlest</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <source>Left out until %1: it raised your pain; other exercises cover its regions</source>
        <translation>Excluido hasta %1: aumentó tu dolor; otros ejercicios trabajan sus zonas</translation>
    </message>
    <message>
        <source>Back in the plan, one level easier (%1): its time out is over</source>
        <translation>De nuevo en el plan, un nivel más fácil (%1): ha terminado su tiempo fuera</translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10; waiting to see how the next morning feels</source>
        <translation>En espera: llevó tu dolor a %1/10; esperamos a ver cómo va la mañana siguiente</translation>
    </message>
    <message>
        <source>Left out for a week: it took your pain to %1/10 and the next morning was still worse than usual (%2 against %3)</source>
        <translation>Excluido durante una semana: llevó tu dolor a %1/10 y la mañana siguiente seguía peor de lo habitual (%2 frente a %3)</translation>
    </message>
    <message numerus="yes">
        <source>Holding at the easiest level: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>En espera en el nivel más fácil: tus mañanas han sido peores de lo habitual %n día seguido</numerusform>
            <numerusform>En espera en el nivel más fácil: tus mañanas han sido peores de lo habitual %n días seguidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step back to %1: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Un paso atrás a %1: tus mañanas han sido peores de lo habitual %n día seguido</numerusform>
            <numerusform>Un paso atrás a %1: tus mañanas han sido peores de lo habitual %n días seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10 on %2; it settled by the next morning, so it stays at this level a few days more</source>
        <translation>En espera: llevó tu dolor a %1/10 el %2; se calmó a la mañana siguiente, así que sigue en este nivel unos días más</translation>
    </message>
    <message numerus="yes">
        <source>Level up to %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Subes a %1: tus mañanas han estado igual o mejor durante %n día</numerusform>
            <numerusform>Subes a %1: tus mañanas han estado igual o mejor durante %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding at the hardest level: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>En espera en el nivel más difícil: tus mañanas han estado igual o mejor durante %n día</numerusform>
            <numerusform>En espera en el nivel más difícil: tus mañanas han estado igual o mejor durante %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: a recent morning was worse than usual; waiting for it to settle</source>
        <translation>En espera: una mañana reciente fue peor de lo habitual; esperamos a que se calme</translation>
    </message>
    <message numerus="yes">
        <source>Holding: %1 of %n steady mornings so far (answer the morning question to move on)</source>
        <translation>
            <numerusform>En espera: %1 de %n mañana estable por ahora (responde a la pregunta de la mañana para avanzar)</numerusform>
            <numerusform>En espera: %1 de %n mañanas estables por ahora (responde a la pregunta de la mañana para avanzar)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrist and hand</source>
        <translation>muñeca y mano</translation>
    </message>
    <message>
        <source>low back</source>
        <translation>zona lumbar</translation>
    </message>
    <message>
        <source>Calm things down</source>
        <translation>Calmar las molestias</translation>
    </message>
    <message>
        <source>Neck and upper back for screen work</source>
        <translation>Cuello y espalda alta para el trabajo con pantalla</translation>
    </message>
    <message>
        <source>Ease a stiff neck and rounded shoulders, then build upper-back endurance.</source>
        <translation>Alivia un cuello rígido y unos hombros encorvados; después, gana resistencia en la espalda alta.</translation>
    </message>
    <message>
        <source>Small, easy movements that feel good.</source>
        <translation>Movimientos pequeños y fáciles que sientan bien.</translation>
    </message>
    <message>
        <source>Patterning</source>
        <translation>Aprender el patrón</translation>
    </message>
    <message>
        <source>Sit tall with the head over the shoulders.</source>
        <translation>Siéntate erguido con la cabeza sobre los hombros.</translation>
    </message>
    <message>
        <source>Build capacity</source>
        <translation>Ganar capacidad</translation>
    </message>
    <message>
        <source>Hold good positions for longer.</source>
        <translation>Mantén buenas posturas durante más tiempo.</translation>
    </message>
    <message>
        <source>Low back: breathe, brace and hinge</source>
        <translation>Zona lumbar: respirar, activar y bisagra</translation>
    </message>
    <message>
        <source>Settle the low back, learn to breathe, brace and hinge, then build strength.</source>
        <translation>Calma la zona lumbar, aprende a respirar, activar el abdomen y hacer la bisagra; después, gana fuerza.</translation>
    </message>
    <message>
        <source>Gentle movement and walking; find the directions that ease it.</source>
        <translation>Movimiento suave y caminar; busca las direcciones que lo alivian.</translation>
    </message>
    <message>
        <source>Breathe, brace, hinge</source>
        <translation>Respirar, activar, bisagra</translation>
    </message>
    <message>
        <source>Bend from the hips with the back in one line.</source>
        <translation>Inclínate desde la cadera con la espalda en línea.</translation>
    </message>
    <message>
        <source>More hinges and stands, with steady breathing.</source>
        <translation>Más bisagras y levantadas, con una respiración tranquila.</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Resistencia</translation>
    </message>
    <message>
        <source>Keep moving through busy days.</source>
        <translation>Sigue moviéndote en los días de mucho trabajo.</translation>
    </message>
    <message>
        <source>Wrists and forearms for keyboard and mouse work</source>
        <translation>Muñecas y antebrazos para el trabajo con teclado y ratón</translation>
    </message>
    <message>
        <source>Glide the tendons, stretch the forearms and free the shoulders that drive them.</source>
        <translation>Desliza los tendones, estira los antebrazos y suelta los hombros que los mueven.</translation>
    </message>
    <message>
        <source>Easy finger and shoulder movement.</source>
        <translation>Movimientos fáciles de dedos y hombros.</translation>
    </message>
    <message>
        <source>Glide and stretch</source>
        <translation>Deslizar y estirar</translation>
    </message>
    <message>
        <source>Gentle forearm stretches, no pins and needles.</source>
        <translation>Estiramientos suaves de antebrazo, sin hormigueo.</translation>
    </message>
    <message>
        <source>Stretch the chest and upper back as well.</source>
        <translation>Estira también el pecho y la espalda alta.</translation>
    </message>
    <message>
        <source>Sit less: stand and walk</source>
        <translation>Menos tiempo sentado: ponte de pie y camina</translation>
    </message>
    <message>
        <source>Break up long sitting with stands, marches and short walks.</source>
        <translation>Interrumpe los ratos largos sentado con levantadas, marchas y paseos cortos.</translation>
    </message>
    <message>
        <source>Break up sitting</source>
        <translation>Interrumpir el tiempo sentado</translation>
    </message>
    <message>
        <source>Move your legs every break.</source>
        <translation>Mueve las piernas en cada descanso.</translation>
    </message>
    <message>
        <source>Stand and walk</source>
        <translation>De pie y a caminar</translation>
    </message>
    <message>
        <source>Get up and walk a little every break.</source>
        <translation>Levántate y camina un poco en cada descanso.</translation>
    </message>
    <message>
        <source>Phase %1 of %2 (%3)</source>
        <translation>Fase %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1: day %2 of %3</source>
        <translation>%1: día %2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: staying, as your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>%1: sigue igual, porque tus mañanas han sido peores de lo habitual %n día seguido</numerusform>
            <numerusform>%1: sigue igual, porque tus mañanas han sido peores de lo habitual %n días seguidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: moves on after %n steady mornings in a row (answer the morning question)</source>
        <translation>
            <numerusform>%1: avanza tras %n mañana estable seguida (responde a la pregunta de la mañana)</numerusform>
            <numerusform>%1: avanza tras %n mañanas estables seguidas (responde a la pregunta de la mañana)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is complete: well done</source>
        <translation>%1 completado: ¡bien hecho!</translation>
    </message>
    <message numerus="yes">
        <source>Next phase, %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Siguiente fase, %1: tus mañanas han estado igual o mejor durante %n día</numerusform>
            <numerusform>Siguiente fase, %1: tus mañanas han estado igual o mejor durante %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins with %1 discomfort lately</source>
        <translation>
            <numerusform>%n chequeo reciente con molestias (%1)</numerusform>
            <numerusform>%n chequeos recientes con molestias (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checklist items %1</source>
        <translation>
            <numerusform>punto de la lista %1</numerusform>
            <numerusform>puntos de la lista %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New trouble passing urine, or losing control of your bladder or bowel</source>
        <translation>Dificultad nueva para orinar, o pérdida del control de la vejiga o el intestino</translation>
    </message>
    <message>
        <source>Numbness between your legs, around your bottom or inner thighs</source>
        <translation>Entumecimiento entre las piernas, alrededor de las nalgas o en la cara interna de los muslos</translation>
    </message>
    <message>
        <source>Legs that are newly or increasingly weak</source>
        <translation>Piernas con debilidad nueva o que va en aumento</translation>
    </message>
    <message>
        <source>Back pain together with chest pain</source>
        <translation>Dolor de espalda junto con dolor en el pecho</translation>
    </message>
    <message>
        <source>Fever or night sweats along with back pain</source>
        <translation>Fiebre o sudores nocturnos junto con dolor de espalda</translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation>Pérdida de peso que no puedes explicar</translation>
    </message>
    <message>
        <source>Pain at night that does not ease when you rest</source>
        <translation>Dolor por la noche que no cede al descansar</translation>
    </message>
    <message>
        <source>Pain that began with a fall, accident or other hard knock</source>
        <translation>Dolor que empezó con una caída, un accidente u otro golpe fuerte</translation>
    </message>
    <message>
        <source>Pain shooting down below the knee</source>
        <translation>Dolor que baja como una descarga por debajo de la rodilla</translation>
    </message>
    <message>
        <source>Numbness or tingling that is spreading</source>
        <translation>Entumecimiento u hormigueo que se extiende</translation>
    </message>
    <message>
        <source>Pain that has changed your daily life for more than a week</source>
        <translation>Dolor que lleva más de una semana alterando tu vida diaria</translation>
    </message>
    <message>
        <source>A second or third bout of this pain within a year</source>
        <translation>Un segundo o tercer episodio de este dolor en un año</translation>
    </message>
    <message>
        <source>Pain that keeps climbing, tingling, numbness or dizziness during an exercise</source>
        <translation>Dolor que no para de aumentar, hormigueo, entumecimiento o mareo durante un ejercicio</translation>
    </message>
    <message>
        <source>Call an ambulance or go to an emergency department now if</source>
        <translation>Llama a una ambulancia o ve a urgencias ya si</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist in the next few days if</source>
        <translation>Consulta a un médico o fisioterapeuta en los próximos días si</translation>
    </message>
    <message>
        <source>Stop the exercise, and leave it out until you have asked a clinician, if you notice</source>
        <translation>Detén el ejercicio y no lo vuelvas a hacer hasta consultar a un profesional sanitario si notas</translation>
    </message>
    <message>
        <source>DeskCoach offers general movement guidance; it cannot tell what causes your pain. Sources: NHS, Back pain (2023).</source>
        <translation>DeskCoach ofrece orientación general sobre movimiento; no puede saber qué causa tu dolor. Fuentes: NHS, Back pain (2023).</translation>
    </message>
    <message>
        <source>This self-assessment supports, but does not replace, the workstation assessment your employer carries out. Report aches, tingling or eye strain to your manager or assessor.</source>
        <translation>Esta autoevaluación complementa, pero no sustituye, la evaluación del puesto de trabajo que realiza tu empresa. Comunica los dolores, hormigueos o la fatiga visual a tu responsable o a quien evalúe tu puesto.</translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>the report&apos;s fixed words, translated when the report is made</extracomment>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Nada que corregir.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Hecho %1</translation>
    </message>
    <message>
        <source>Workstation self-assessment</source>
        <translation>Autoevaluación del puesto de trabajo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Puesto de trabajo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Revisar antes del</translation>
    </message>
    <message>
        <source>For the assessor</source>
        <translation>Para quien evalúa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation>Nombre de quien evalúa</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Generated by DeskCoach; the questions are DeskCoach&apos;s own wording, based on the sources above.</source>
        <translation>Generado por DeskCoach; las preguntas están redactadas por DeskCoach a partir de las fuentes anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable points fine, %2 to act on</source>
        <translation>
            <numerusform>%1 de %n punto aplicable bien, %2 por corregir</numerusform>
            <numerusform>%1 de %n puntos aplicables bien, %2 por corregir</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Workstation self-assessment, made with DeskCoach</source>
        <translation>Autoevaluación del puesto de trabajo, hecha con DeskCoach</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>Nombre no indicado</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>Ordenador de sobremesa</translation>
    </message>
    <message>
        <source>Laptop on its own</source>
        <translation>Solo un portátil</translation>
    </message>
    <message>
        <source>Laptop with separate screen and keyboard</source>
        <translation>Portátil con pantalla y teclado aparte</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Logged %1/10 (%2) at %3.</source>
        <translation>Registrado %1/10 (%2) a las %3.</translation>
    </message>
    <message>
        <source>Logged %1/10 at %2.</source>
        <translation>Registrado %1/10 a las %2.</translation>
    </message>
    <message>
        <source>
Your answer matches a warning sign:</source>
        <translation>
Tu respuesta coincide con una señal de alarma:</translation>
    </message>
    <message>
        <source>
When to get help</source>
        <translation>
Cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>--days must be a whole number of days from 1 to %1, not %2</source>
        <translation>--days debe ser un número entero de días entre 1 y %1, no %2</translation>
    </message>
    <message>
        <source>No check-ins in the last %1 days. `deskcoach checkin --pain N` adds one.</source>
        <translation>No hay chequeos en los últimos %1 días. `deskcoach checkin --pain N` añade uno.</translation>
    </message>
    <message>
        <source>
Plan changes</source>
        <translation>
Cambios del plan</translation>
    </message>
    <message>
        <source>There is no programme %1; `deskcoach programme list` names them.</source>
        <translation>No existe el programa %1; `deskcoach programme list` los enumera.</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>suggested: %1</source>
        <translation>sugerido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n weeks
%3
</source>
        <translation>
            <numerusform>%1 (%2), %n semana
%3
</numerusform>
            <numerusform>%1 (%2), %n semanas
%3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phase %1: %2 (%n days). %3</source>
        <translation>
            <numerusform>Fase %1: %2 (%n día). %3</numerusform>
            <numerusform>Fase %1: %2 (%n días). %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme stopped; breaks draw from the whole catalogue again.</source>
        <translation>Programa detenido; los descansos vuelven a usar todo el catálogo.</translation>
    </message>
    <message>
        <source>No programme is running. `deskcoach programme list` shows them.</source>
        <translation>No hay ningún programa en curso. `deskcoach programme list` los muestra.</translation>
    </message>
    <message>
        <source>%1: %2, phase %3 (%4).
%5.</source>
        <translation>%1: %2, fase %3 (%4).
%5.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Escrito %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos;. `deskcoach exercises` lists them.</source>
        <translation>No existe el ejercicio &apos;%1&apos;. `deskcoach exercises` los enumera.</translation>
    </message>
    <message>
        <source>Dose: %1. About %2 s. Position: %3. Regions: %4.</source>
        <translation>Dosis: %1. Unos %2 s. Posición: %3. Zonas: %4.</translation>
    </message>
    <message>
        <source>Seated alternative: %1</source>
        <translation>Alternativa sentado: %1</translation>
    </message>
    <message>
        <source>Level %1: %2. %3</source>
        <translation>Nivel %1: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n reps</source>
        <translation>
            <numerusform>, %n repetición</numerusform>
            <numerusform>, %n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n breaths</source>
        <translation>
            <numerusform>, %n respiración</numerusform>
            <numerusform>, %n respiraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 (%3 s%4)</source>
        <translation>  %1. %2 (%3 s%4)</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Precaución: %1</translation>
    </message>
    <message>
        <source>Why this dose: %1</source>
        <translation>Por qué esta dosis: %1</translation>
    </message>
    <message>
        <source>Give one exercise ID or --all.</source>
        <translation>Indica un ID de ejercicio o --all.</translation>
    </message>
    <message>
        <source>Could not make %1: %2</source>
        <translation>No se ha podido crear %1: %2</translation>
    </message>
    <message>
        <source>The checklist cannot be used: %1</source>
        <translation>No se puede usar la lista de comprobación: %1</translation>
    </message>
    <message>
        <source>(laptop users)</source>
        <translation>(si usas portátil)</translation>
    </message>
    <message>
        <source>--assessment takes &apos;latest&apos; or a date like 2026-11-21, not %1</source>
        <translation>--assessment acepta &apos;latest&apos; o una fecha como 2026-11-21, no %1</translation>
    </message>
    <message>
        <source>No completed workstation check found for %1. Choose Checklist... in the DeskCoach menu to do one.</source>
        <translation>No se ha encontrado ninguna revisión del puesto de trabajo completada para %1. Elige Lista de comprobación... en el menú de DeskCoach para hacer una.</translation>
    </message>
    <message>
        <source>Refused: --format %1 is turned off by your organisation (statistics export); the table and the progress window still show your statistics</source>
        <extracomment>The longest range `stats --days` shows, and the dates it accepts (so no day overflows). `stats` columns, in the table, CSV and JSON alike: `taken` is a count of breaks, and `compliance` the share of due breaks taken (a percentage in the table, 0-1 in CSV/JSON); `eye_breaks` counts the eye micro-breaks shown, apart from the movement breaks. How long `deskcoach import` waits for the running app to import (a million breaks take it about half a minute on a slow machine).</extracomment>
        <translation>Rechazado: --format %1 está desactivado por tu organización (exportación de estadísticas); la tabla y la ventana de progreso siguen mostrando tus estadísticas</translation>
    </message>
    <message>
        <source>--summary prints a table or JSON (--format table|json), not CSV</source>
        <translation>--summary muestra una tabla o JSON (--format table|json), no CSV</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nada previsto</translation>
    </message>
    <message>
        <source> (%1 points)</source>
        <translation> (%1 puntos)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks taken</source>
        <translation>
            <numerusform>%1 de %n descanso realizado</numerusform>
            <numerusform>%1 de %n descansos realizados</numerusform>
        </translation>
    </message>
    <message>
        <source> of due breaks taken%1</source>
        <translation> de los descansos previstos realizados%1</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semana pasada</translation>
    </message>
    <message numerus="yes">
        <source>%n days at %1 or more</source>
        <translation>
            <numerusform>%n día al %1 o más</numerusform>
            <numerusform>%n días al %1 o más</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: exporting your data is turned off by your organisation</source>
        <translation>Rechazado: tu organización ha desactivado la exportación de tus datos</translation>
    </message>
    <message>
        <source>Wrote %1 breaks, %2 checklist assessments and your settings to %3</source>
        <translation>Se han escrito %1 descansos, %2 evaluaciones de la lista de comprobación y tus ajustes en %3</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>Refused, nothing was changed: %1</source>
        <translation>Rechazado, no se ha cambiado nada: %1</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>No se ha podido comprobar %1: %2</translation>
    </message>
    <message>
        <source>Could not import into %1: %2</source>
        <translation>No se ha podido importar en %1: %2</translation>
    </message>
    <message>
        <source>DeskCoach: %1</source>
        <translation>DeskCoach: %1</translation>
    </message>
    <message>
        <source>DeskCoach is not running. Start it with `deskcoach` (or `deskcoach run`).</source>
        <translation>DeskCoach no está en marcha. Inícialo con `deskcoach` (o `deskcoach run`).</translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of %n, phase %3 (%4)</source>
        <translation>
            <numerusform>Programa: %1, semana %2 de %n, fase %3 (%4)</numerusform>
            <numerusform>Programa: %1, semana %2 de %n, fase %3 (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of a %n-week programme, phase %3 (%4)</source>
        <translation>
            <numerusform>Programa: %1, semana %2 de un programa de %n semana, fase %3 (%4)</numerusform>
            <numerusform>Programa: %1, semana %2 de un programa de %n semanas, fase %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Break about to start</source>
        <translation>Descanso a punto de empezar</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En un descanso</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesto</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n realizado</numerusform>
            <numerusform>%n realizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks (time away)</source>
        <translation>
            <numerusform>%n descanso natural (tiempo fuera)</numerusform>
            <numerusform>%n descansos naturales (tiempo fuera)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltado</numerusform>
            <numerusform>%n saltados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n pospuesto</numerusform>
            <numerusform>%n pospuestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n perdido</numerusform>
            <numerusform>%n perdidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eye breaks</source>
        <translation>
            <numerusform>%n descanso visual</numerusform>
            <numerusform>%n descansos visuales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On a break: %n s left.</source>
        <translation>
            <numerusform>En un descanso: queda %n s.</numerusform>
            <numerusform>En un descanso: quedan %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused until %1.</source>
        <translation>En pausa hasta %1.</translation>
    </message>
    <message>
        <source>Work timer stopped (the screen is locked) with %1 to the next break.</source>
        <translation>Temporizador de trabajo detenido (la pantalla está bloqueada); faltan %1 para el próximo descanso.</translation>
    </message>
    <message>
        <source>Work timer stopped (you are away) with %1 to the next break.</source>
        <translation>Temporizador de trabajo detenido (no estás); faltan %1 para el próximo descanso.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: next break at %2 (in %n s).</source>
        <translation>
            <numerusform>%1: próximo descanso a las %2 (dentro de %n s).</numerusform>
            <numerusform>%1: próximo descanso a las %2 (dentro de %n s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>Refused: &apos;avoid_exercises&apos; names no exercise %1 (`deskcoach exercises` lists them)</source>
        <translation>Rechazado: &apos;avoid_exercises&apos; nombra un ejercicio que no existe: %1 (`deskcoach exercises` los enumera)</translation>
    </message>
    <message>
        <source>%1 = %2 (applied to the running DeskCoach)</source>
        <translation>%1 = %2 (aplicado a DeskCoach en marcha)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se ha podido guardar %1: %2</translation>
    </message>
    <message>
        <source>%1 = %2 (saved; DeskCoach is not running)</source>
        <translation>%1 = %2 (guardado; DeskCoach no está en marcha)</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: no es una carpeta</translation>
    </message>
    <message>
        <source>%1: no policy files (policy.json, managed/*.json, recommended/*.json)</source>
        <translation>%1: no hay archivos de directiva (policy.json, managed/*.json, recommended/*.json)</translation>
    </message>
    <message>
        <source>Trying the policy folder %1: DeskCoach itself reads only the system&apos;s policy (see `deskcoach policy show`).</source>
        <translation>Probando la carpeta de directivas %1: DeskCoach solo lee la directiva del sistema (ver `deskcoach policy show`).</translation>
    </message>
    <message>
        <source>%1 %2 read from: %3</source>
        <translation>%1 %2 leído de: %3</translation>
    </message>
    <message>
        <source>%1 %2 looked in: %3</source>
        <translation>%1 %2 buscado en: %3</translation>
    </message>
    <message>
        <source>%1 %2 control socket: %3</source>
        <translation>%1 %2 socket de control: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: not a valid TOML file (%2)</source>
        <translation>%1: no es un archivo TOML válido (%2)</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: válido</translation>
    </message>
    <message>
        <source>daily anchors are at most %1 characters</source>
        <translation>las anclas diarias tienen como mucho %1 caracteres</translation>
    </message>
    <message>
        <source>cannot read %1: write a name and a time, e.g. &apos;coffee 08:30, lunch 12:30&apos;</source>
        <translation>no se puede leer %1: escribe un nombre y una hora, p. ej. &apos;coffee 08:30, lunch 12:30&apos;</translation>
    </message>
    <message>
        <source>%1: the time must be 00:00-23:59</source>
        <translation>%1: la hora debe estar entre 00:00 y 23:59</translation>
    </message>
    <message>
        <source>at most %1 daily anchors</source>
        <translation>como mucho %1 anclas diarias</translation>
    </message>
    <message>
        <source>two anchors at the same time; give each its own</source>
        <translation>dos anclas a la misma hora; dale a cada una la suya</translation>
    </message>
    <message>
        <source>it is outside your working hours: DeskCoach starts again when they begin (change working_hours to work now)</source>
        <translation>estás fuera de tu horario de trabajo: DeskCoach vuelve a empezar cuando comience (cambia working_hours para trabajar ahora)</translation>
    </message>
    <message>
        <source>there is no break on screen to finish</source>
        <translation>no hay ningún descanso en pantalla que terminar</translation>
    </message>
    <message>
        <source>there is no break to snooze right now</source>
        <translation>ahora mismo no hay ningún descanso que posponer</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>el modo estricto está activado: los descansos no se pueden posponer</translation>
    </message>
    <message>
        <source>this break cannot be snoozed again (limit: %1 per break)</source>
        <translation>este descanso no se puede posponer más (límite: %1 por descanso)</translation>
    </message>
    <message>
        <source>DeskCoach is paused: there is no break to skip</source>
        <translation>DeskCoach está en pausa: no hay ningún descanso que saltar</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>el modo estricto está activado: los descansos no se pueden saltar</translation>
    </message>
    <message>
        <source>no skips left today (daily budget: %1)</source>
        <translation>no te quedan saltos hoy (límite diario: %1)</translation>
    </message>
    <message>
        <source>a pause must end in the future</source>
        <translation>una pausa debe terminar en el futuro</translation>
    </message>
    <message>
        <source>a pause cannot be negative (%1): use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <extracomment>&quot;Pause until tomorrow&quot; resumes at this local time on the next morning.</extracomment>
        <translation>una pausa no puede ser negativa (%1): usa p. ej. 30m, 1h, 1h30m o tomorrow</translation>
    </message>
    <message>
        <source>cannot read pause length %1: use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <translation>no se puede leer la duración de pausa %1: usa p. ej. 30m, 1h, 1h30m o tomorrow</translation>
    </message>
    <message>
        <source>pause length %1 is outside 1m-24h</source>
        <translation>la duración de pausa %1 está fuera de 1m-24h</translation>
    </message>
    <message>
        <source>working hours are at most %1 characters</source>
        <translation>el horario de trabajo tiene como mucho %1 caracteres</translation>
    </message>
    <message>
        <source>cannot read %1: write days then hours, e.g. &apos;mon-fri 08:30-17:30&apos;</source>
        <translation>no se puede leer %1: escribe los días y luego las horas, p. ej. &apos;mon-fri 08:30-17:30&apos;</translation>
    </message>
    <message>
        <source>working hours overlap on a day; list each time once</source>
        <translation>el horario de trabajo se solapa en un día; indica cada franja una sola vez</translation>
    </message>
    <message>
        <source>%1 is not a day or day range (use mon..sun, e.g. mon-fri)</source>
        <translation>%1 no es un día ni un rango de días (usa mon..sun, p. ej. mon-fri)</translation>
    </message>
    <message>
        <source>%1: a day range runs forward, e.g. mon-fri</source>
        <translation>%1: un rango de días va hacia delante, p. ej. mon-fri</translation>
    </message>
    <message>
        <source>%1 is not a time range like 08:30-12:30</source>
        <translation>%1 no es una franja horaria como 08:30-12:30</translation>
    </message>
    <message>
        <source>%1: a range must end after it starts, within one day</source>
        <translation>%1: una franja debe terminar después de empezar, dentro del mismo día</translation>
    </message>
    <message>
        <source>Pain or discomfort as the user rated it, 0 (none) to 10 (worst). Written by DeskCoach, which gives general movement guidance and does not diagnose.</source>
        <translation>Dolor o molestia según la valoración del usuario, de 0 (nada) a 10 (lo peor). Generado por DeskCoach, que ofrece orientación general sobre movimiento y no diagnostica.</translation>
    </message>
    <message>
        <source>Pain and exercise log</source>
        <translation>Registro de dolor y ejercicio</translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation>Media semanal</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Average (0-10)</source>
        <translation>Media (0-10)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Chequeos</translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation>Cambios del plan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>after break</source>
        <translation>tras un descanso</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>date range</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Aún no hay chequeos.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Aún no hay cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · %n check-ins · Programme: %3</source>
        <translation>
            <numerusform>Del %1 al %2 · %n chequeo · Programa: %3</numerusform>
            <numerusform>Del %1 al %2 · %n chequeos · Programa: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins (the latest %1; %n older ones in the CSV export)</source>
        <translation>
            <numerusform>Chequeos (los %1 más recientes; %n anterior en la exportación CSV)</numerusform>
            <numerusform>Chequeos (los %1 más recientes; %n anteriores en la exportación CSV)</numerusform>
        </translation>
    </message>
    <message>
        <source>standing</source>
        <extracomment>each position in words, translated where shown</extracomment>
        <translation>de pie</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>seated or standing</source>
        <translation>sentado o de pie</translation>
    </message>
    <message>
        <source>Stop if it hurts, tingles, goes numb, spreads into an arm or leg, or makes you dizzy.</source>
        <translation>Para si duele, hormiguea, se entumece, se extiende a un brazo o una pierna, o te marea.</translation>
    </message>
    <message>
        <source>DeskCoach is already running; its icon is in the system tray.</source>
        <translation>DeskCoach ya está en marcha; su icono está en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; %4 breaks the limit (%5, from %6); using %7</source>
        <translation>%1: %2: &apos;%3&apos; %4 supera el límite (%5, de %6); se usa %7</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by your organisation</source>
        <translation>&apos;%1&apos; lo establece tu organización</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must stay on (limit set by your organisation)</source>
        <translation>&apos;%1&apos; debe seguir activado (límite establecido por tu organización)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may be at most %2 (limit set by your organisation)</source>
        <translation>&apos;%1&apos; puede ser como mucho %2 (límite establecido por tu organización)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at least %2 (limit set by your organisation)</source>
        <translation>&apos;%1&apos; debe ser al menos %2 (límite establecido por tu organización)</translation>
    </message>
    <message>
        <source>your settings: %1; ignored</source>
        <translation>tus ajustes: %1; se ignora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 (%3) is limited by your organisation to %4</source>
        <translation>&apos;%1&apos; %2 (%3) está limitado por tu organización a %4</translation>
    </message>
    <message>
        <source>%1: a policy must be an object of sections (%2), not %3</source>
        <translation>%1: una directiva debe ser un objeto de secciones (%2), no %3</translation>
    </message>
    <message>
        <source>&apos;version&apos; is missing; reading it as version %1</source>
        <translation>falta &apos;version&apos;; se lee como versión %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object of setting: value, not %3</source>
        <translation>%1: &apos;%2&apos; debe ser un objeto de ajuste: valor, no %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs inside &apos;mandatory&apos;; ignored</source>
        <translation>&apos;%1&apos; va dentro de &apos;mandatory&apos;; se ignora</translation>
    </message>
    <message>
        <source>unknown section %1 (known: %2); ignored</source>
        <translation>sección desconocida %1 (conocidas: %2); se ignora</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be %1, not %2; reading it as version %1</source>
        <translation>&apos;version&apos; debe ser %1, no %2; se lee como versión %1</translation>
    </message>
    <message>
        <source>&apos;version&apos; is %1, newer than this DeskCoach understands (%2); known entries are used</source>
        <translation>&apos;version&apos; es %1, más reciente de lo que este DeskCoach entiende (%2); se usan las entradas conocidas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; are only allowed in mandatory policy; ignored</source>
        <translation>&apos;%1&apos; solo se permiten en la directiva obligatoria; se ignora</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; se ignora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object, not %2; ignored</source>
        <translation>&apos;%1&apos; debe ser un objeto, no %2; se ignora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be limited (limits exist for: %2); ignored</source>
        <translation>&apos;%1&apos; no se puede limitar (hay límites para: %2); se ignora</translation>
    </message>
    <message>
        <source>unknown setting %1; ignored</source>
        <translation>ajuste desconocido %1; se ignora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; false has no effect (a limit can only require it to be on; to switch it off for everyone, set it in mandatory)</source>
        <translation>&apos;%1&apos; false no tiene efecto (un límite solo puede exigir que esté activado; para desactivarlo para todos, fíjalo en mandatory)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true (it must be on), not %2; ignored</source>
        <translation>&apos;%1&apos; debe ser true (debe estar activado), no %2; se ignora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3; ignored</source>
        <translation>&apos;%1&apos; debe ser %2, no %3; se ignora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes only a &apos;%2&apos; limit (a limit may only make settings stricter), not %3; ignored</source>
        <translation>&apos;%1&apos; solo admite un límite &apos;%2&apos; (un límite solo puede hacer los ajustes más estrictos), no %3; se ignora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 must be a whole number (%3), not %4; ignored</source>
        <translation>&apos;%1&apos; %2 debe ser un número entero (%3), no %4; se ignora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 (%4) is no limit; ignored</source>
        <translation>&apos;%1&apos; %2 %3 (%4) no es un límite; se ignora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 is outside %4; using %5</source>
        <translation>&apos;%1&apos; %2 %3 está fuera de %4; se usa %5</translation>
    </message>
    <message>
        <source>unknown feature %1 (known: %2); ignored</source>
        <translation>función desconocida %1 (conocidas: %2); se ignora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2; ignored</source>
        <translation>&apos;%1&apos; debe ser true o false, no %2; se ignora</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 contradicts mandatory &apos;%1&apos; %3; using %3</source>
        <translation>&apos;%1&apos; %2 contradice el valor obligatorio &apos;%1&apos; %3; se usa %3</translation>
    </message>
    <message>
        <source>%1: written by a newer DeskCoach (schema %2, this one knows %3); it is left untouched and this session&apos;s breaks are kept in memory only</source>
        <translation>%1: escrito por un DeskCoach más reciente (esquema %2, este conoce %3); no se toca y los descansos de esta sesión se guardan solo en memoria</translation>
    </message>
    <message>
        <source>Break history could not be saved to %1 (%2). The breaks saved there are left as they are; this session&apos;s breaks are kept in memory and saved there as soon as it can be written again (DeskCoach retries every minute).</source>
        <translation>No se ha podido guardar el historial de descansos en %1 (%2). Los descansos ya guardados allí se quedan como están; los de esta sesión se guardan en memoria y se escribirán allí en cuanto se pueda (DeskCoach lo reintenta cada minuto).</translation>
    </message>
    <message>
        <source>%1: damaged (%2); it was moved to %3 and a fresh history started. To recover, quit DeskCoach and try `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</source>
        <translation>%1: dañado (%2); se ha movido a %3 y se ha empezado un historial nuevo. Para recuperarlo, cierra DeskCoach y prueba `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</translation>
    </message>
    <message>
        <source>%1: cannot be used (%2); breaks are kept in memory only this session</source>
        <translation>%1: no se puede usar (%2); en esta sesión los descansos se guardan solo en memoria</translation>
    </message>
    <message>
        <source>%1: not a readable JSON file (%2)</source>
        <extracomment>Each section as exported: its query, and the columns that hold JSON text.
----------
The staged columns of each section: the stored ones, then what the last checks need. Breaks looked up in the history at once, to find those it holds already. The page cache while importing (the history&apos;s own is 512 KiB): a million random look-ups in the uid index need the index in memory. Bounded, and put back afterwards.</extracomment>
        <translation>%1: no es un archivo JSON legible (%2)</translation>
    </message>
    <message>
        <source>%1: not a DeskCoach export (&apos;format&apos; must be %2)</source>
        <extracomment>How far ahead of this computer&apos;s clock a recorded time may be (the other one&apos;s was fast). No record is older: clocks that lost their time restart at 1970, never before. How far a break may fall due from when it ended (skipping the next break ahead records a due time in the future; a long sleep one in the past).</extracomment>
        <translation>%1: no es una exportación de DeskCoach (&apos;format&apos; debe ser %2)</translation>
    </message>
    <message>
        <source>%1: settings: %2</source>
        <translation>%1: ajustes: %2</translation>
    </message>
    <message>
        <source>%1: &apos;format_version&apos; is %2; this DeskCoach reads 1-%3</source>
        <translation>%1: &apos;format_version&apos; es %2; este DeskCoach lee 1-%3</translation>
    </message>
    <message>
        <source>is %1, more than %2 days from its end (%3)</source>
        <translation>es %1, más de %2 días después de su fin (%3)</translation>
    </message>
    <message>
        <source>(%1) is before started (%2)</source>
        <translation>(%1) es anterior al inicio (%2)</translation>
    </message>
    <message>
        <source>must be a list of exercise ids</source>
        <translation>debe ser una lista de ids de ejercicios</translation>
    </message>
    <message>
        <source>(%1) is before its break ended (%2.ended %3)</source>
        <translation>(%1) es anterior al fin de su descanso (%2.ended %3)</translation>
    </message>
    <message>
        <source>%1 is not among its break&apos;s exercises (%2.exercises)</source>
        <translation>%1 no está entre los ejercicios de su descanso (%2.exercises)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must map item ids to %1</source>
        <translation>debe asignar ids de puntos a %1</translation>
    </message>
    <message>
        <source>names %1, not a checklist item</source>
        <translation>nombra %1, que no es un punto de la lista de comprobación</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object</source>
        <translation>%1: &apos;%2&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation>%1: &apos;%2&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>%1: %2[%3] must be an object</source>
        <translation>%1: %2[%3] debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a text of 1-200 characters</source>
        <translation>debe ser un texto de 1-200 caracteres</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with its UTC offset</source>
        <translation>debe ser una hora ISO 8601 con su desfase respecto a UTC</translation>
    </message>
    <message>
        <source>is %1, before %2</source>
        <translation>es %1, anterior a %2</translation>
    </message>
    <message>
        <source>is %1, in the future (this computer&apos;s clock says %2)</source>
        <translation>es %1, en el futuro (el reloj de este ordenador marca %2)</translation>
    </message>
    <message>
        <source>(%1) is before %2 (%3)</source>
        <translation>(%1) es anterior a %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 appears twice</source>
        <translation>%1: %2 aparece dos veces</translation>
    </message>
    <message>
        <source>a check-in&apos;s time must carry its UTC offset</source>
        <extracomment>after_break: the 10-second question after a break; morning: the first break of the day (&quot;how is it this morning?&quot;); weekly: the body map; manual: `deskcoach checkin`. At or under this during and after exercise is fine (&quot;a mild ache&quot;); above it is too much.</extracomment>
        <translation>la hora de un chequeo debe llevar su desfase respecto a UTC</translation>
    </message>
    <message>
        <source>pain must be a whole number from 0 to %1, not %2</source>
        <translation>el dolor debe ser un número entero de 0 a %1, no %2</translation>
    </message>
    <message>
        <source>kind is %1, allowed: %2</source>
        <translation>el tipo es %1; permitido: %2</translation>
    </message>
    <message>
        <source>region is %1, allowed: %2</source>
        <translation>la zona es %1; permitido: %2</translation>
    </message>
    <message>
        <source>the note is one line of at most %1 characters</source>
        <translation>la nota es una línea de como mucho %1 caracteres</translation>
    </message>
    <message>
        <source>Your answer matches a warning sign:</source>
        <translation>Tu respuesta coincide con una señal de alarma:</translation>
    </message>
    <message numerus="yes">
        <source>week %1 of %n</source>
        <translation>
            <numerusform>semana %1 de %n</numerusform>
            <numerusform>semana %1 de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week %1 of a %n-week programme</source>
        <translation>
            <numerusform>semana %1 de un programa de %n semana</numerusform>
            <numerusform>semana %1 de un programa de %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: the number, then the sign as the language writes it</comment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
</TS>
