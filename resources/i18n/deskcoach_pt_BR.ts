<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A break is waiting</source>
        <extracomment>The rest of starting waits this long after the icon is shown: the event loop goes idle, so the dock request reaches the tray host and the icon is placed before the scheduler, content and detectors load (run at once, they kept the request unsent for 50-100 ms).</extracomment>
        <translation>Uma pausa está esperando</translation>
    </message>
    <message>
        <source>Your break has waited %1 minutes for a meeting or full-screen app. Take it when you can; it appears as soon as you are done.</source>
        <translation>Sua pausa esperou %1 minutos por uma reunião ou um aplicativo em tela cheia. Faça quando puder; ela aparece assim que você terminar.</translation>
    </message>
    <message>
        <source>DeskCoach workstation check</source>
        <translation>Avaliação do posto de trabalho do DeskCoach</translation>
    </message>
    <message>
        <source>DeskCoach: some files could not be used</source>
        <translation>DeskCoach: não foi possível usar alguns arquivos</translation>
    </message>
    <message>
        <source>The workstation checklist could not be loaded.</source>
        <translation>Não foi possível carregar a lista de verificação do posto de trabalho.</translation>
    </message>
    <message>
        <source>DeskCoach cannot open its control socket: %1.</source>
        <translation>O DeskCoach não consegue abrir o seu socket de controle: %1.</translation>
    </message>
    <message>
        <source>DeskCoach is already running for this profile.</source>
        <translation>O DeskCoach já está em execução para este perfil.</translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4</source>
        <translation>%1, passo %2 de %3: %4</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1: five minutes for your body</source>
        <translation>%1: cinco minutos para o seu corpo</translation>
    </message>
    <message>
        <source>%1. Click here to start.</source>
        <translation>%1. Clique aqui para começar.</translation>
    </message>
    <message>
        <source>Stand up, reach both arms overhead, and take 10 slow breaths.</source>
        <translation>Fique em pé, estique os dois braços acima da cabeça e faça 10 respirações lentas.</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK</source>
        <translation>PAUSA ATIVA</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>Hora de se mexer</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>Progresso da pausa</translation>
    </message>
    <message>
        <source>The timer waits while you keep working; step away to let it run.</source>
        <translation>O cronômetro espera enquanto você continua trabalhando; afaste-se do computador para ele correr.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Done: finish the break now</source>
        <translation>Concluir: terminar a pausa agora</translation>
    </message>
    <message>
        <source>S&amp;wap exercise</source>
        <translation>&amp;Trocar exercício</translation>
    </message>
    <message>
        <source>Swap this exercise for another</source>
        <translation>Trocar este exercício por outro</translation>
    </message>
    <message>
        <source>Exercise &amp;info</source>
        <translation>&amp;Info do exercício</translation>
    </message>
    <message>
        <source>This exercise&apos;s cautions and who should leave it out</source>
        <translation>Cuidados deste exercício e quem deve pulá-lo</translation>
    </message>
    <message>
        <source>When to get &amp;help</source>
        <translation>Quando buscar a&amp;juda</translation>
    </message>
    <message>
        <source>BEFORE YOUR FIRST MOVEMENT BREAK</source>
        <translation>ANTES DA SUA PRIMEIRA PAUSA ATIVA</translation>
    </message>
    <message>
        <source>Move gently, and listen to your body</source>
        <translation>Mova-se com suavidade e ouça o seu corpo</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Aviso de segurança</translation>
    </message>
    <message>
        <source>&amp;I understand, show the exercises</source>
        <translation>&amp;Entendi, mostrar os exercícios</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice.

Move within a comfortable range and never bounce. Stop if a movement hurts, tingles, goes numb, sends symptoms into an arm or leg, makes you dizzy or makes pain worse.

Get emergency care now for loss of bladder or bowel control, numbness around the genitals or buttocks, new weakness in the legs, or chest pain. See a doctor or physiotherapist before going on if pain spreads below the knee, wakes you at night or keeps getting worse, and after recent surgery or injury, or during pregnancy.

&quot;When to get help&quot; (below, and in the tray menu) lists every sign.</source>
        <translation>O DeskCoach sugere movimentos suaves e gerais. Não é aconselhamento médico.

Mova-se dentro de uma amplitude confortável e nunca dê trancos. Pare se um movimento doer, formigar, ficar dormente, levar sintomas para um braço ou uma perna, der tontura ou piorar a dor.

Procure atendimento de emergência agora em caso de perda de controle da bexiga ou do intestino, dormência ao redor dos genitais ou das nádegas, fraqueza nova nas pernas ou dor no peito. Consulte um médico ou fisioterapeuta antes de continuar se a dor descer abaixo do joelho, acordar você à noite ou piorar cada vez mais, e depois de cirurgia ou lesão recente, ou durante a gravidez.

&quot;Quando buscar ajuda&quot; (abaixo e no menu da bandeja) lista todos os sinais.</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>Respiração %1 de %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Repetição %1 de %2</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>Segure %1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>BREAK DONE</source>
        <translation>PAUSA CONCLUÍDA</translation>
    </message>
    <message>
        <source>Nice work. How did that feel?</source>
        <translation>Muito bem! Como você se sentiu?</translation>
    </message>
    <message>
        <source>One tap helps DeskCoach pick exercises that suit you. Uncomfortable? A short question then asks which exercise.</source>
        <translation>Um toque ajuda o DeskCoach a escolher exercícios que combinam com você. Desconfortável? Uma pergunta curta pergunta depois qual exercício.</translation>
    </message>
    <message>
        <source>Felt &amp;good</source>
        <translation>&amp;Bem</translation>
    </message>
    <message>
        <source>&amp;Neutral</source>
        <translation>&amp;Neutro</translation>
    </message>
    <message>
        <source>&amp;Uncomfortable</source>
        <translation>&amp;Desconfortável</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Thanks for telling DeskCoach</source>
        <extracomment>The break window is built this many real seconds before a break falls due, so it shows at once then (building it, with the figure and its stylesheets, takes 50-100 ms); not sooner, so an idle app does not carry it for the whole work stretch.</extracomment>
        <translation>Obrigado por contar ao DeskCoach</translation>
    </message>
    <message>
        <source>If discomfort keeps coming back, a quick workstation check can help: Checklist... in the menu. See a clinician about pain that persists.</source>
        <translation>Se o desconforto continuar voltando, uma avaliação rápida do posto de trabalho pode ajudar: Lista de verificação... no menu. Procure um profissional de saúde se a dor persistir.</translation>
    </message>
    <message>
        <source>DeskCoach - time to move</source>
        <translation>DeskCoach - hora de se mexer</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>Pausa ativa</translation>
    </message>
    <message>
        <source>Look at something far away and breathe easily until the break ends.</source>
        <translation>Olhe para algo distante e respire com calma até a pausa terminar.</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>A&amp;diar %n min</numerusform>
            <numerusform>A&amp;diar %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>Adiar a pausa por %n minuto</numerusform>
            <numerusform>Adiar a pausa por %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break. Before it starts: %1</source>
        <translation>Pausa ativa. Antes de começar: %1</translation>
    </message>
    <message>
        <source>Movement break: %1. %2</source>
        <translation>Pausa ativa: %1. %2</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK  ·  EXERCISE %1 OF %2</source>
        <translation>PAUSA ATIVA  ·  EXERCÍCIO %1 DE %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passo %1 de %2: %3</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanse</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Faltam %1</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>P&amp;ular</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>P&amp;ular (resta %n hoje)</numerusform>
            <numerusform>P&amp;ular (restam %n hoje)</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a period for its figures.</source>
        <translation>Aponte para um período para ver os números.</translation>
    </message>
    <message>
        <source>Details of the period under the pointer</source>
        <translation>Detalhes do período sob o ponteiro</translation>
    </message>
    <message>
        <source>Breaks, share taken and longest stretch per period</source>
        <translation>Pausas, proporção feita e maior tempo sem pausa por período</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Taken (%)</source>
        <translation>Feitas (%)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Skipped and missed breaks by weekday and hour</source>
        <translation>Pausas puladas e perdidas por dia da semana e hora</translation>
    </message>
    <message>
        <source>When breaks get skipped or missed</source>
        <translation>Quando as pausas são puladas ou perdidas</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>Puladas ou perdidas</translation>
    </message>
    <message>
        <source>* %1 is not over yet: its figures so far.</source>
        <translation>* %1 ainda não terminou: números até agora.</translation>
    </message>
    <message>
        <source>Share of due breaks taken; dashed: your %1 goal; no dot: nothing due</source>
        <translation>Pausas previstas feitas; tracejado: meta de %1; sem ponto: nada previsto</translation>
    </message>
    <message>
        <source>Longest time without a break; dashed: your %1 min interval</source>
        <translation>Maior tempo sem pausa; tracejado: seu intervalo de %1 min</translation>
    </message>
    <message>
        <source>Hour the break fell due</source>
        <translation>Hora em que a pausa estava prevista</translation>
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
        <translation>Seu plano mudou</translation>
    </message>
    <message>
        <source>How does it feel now?</source>
        <translation>Como está agora?</translation>
    </message>
    <message>
        <source>Pain or discomfort from 0 (none) to 10 (the worst). Up to 3 is fine; DeskCoach paces each exercise by your answers.</source>
        <translation>Dor ou desconforto de 0 (nenhum) a 10 (o pior). Até 3 está tudo bem; o DeskCoach ajusta cada exercício pelas suas respostas.</translation>
    </message>
    <message>
        <source>How did your body feel when you got up today?</source>
        <translation>Como o seu corpo estava quando você levantou hoje?</translation>
    </message>
    <message>
        <source>0 is no pain or stiffness, 10 the worst. Your mornings decide when an exercise gets harder or easier.</source>
        <translation>0 é sem dor nem rigidez, 10 o pior. Suas manhãs decidem quando um exercício fica mais difícil ou mais fácil.</translation>
    </message>
    <message>
        <source>Which places ached this week?</source>
        <translation>Quais lugares doeram nesta semana?</translation>
    </message>
    <message>
        <source>Tick each one, then pick how bad it was at worst (0-10). Nothing ached? Pick 0.</source>
        <translation>Marque cada um e escolha o quanto doeu no pior momento (0-10). Nada doeu? Escolha 0.</translation>
    </message>
    <message>
        <source>DeskCoach check-in</source>
        <extracomment>answers: one (pain, region or &quot;&quot;, exercise or &quot;&quot;) per check-in; kind; free-text note</extracomment>
        <translation>Check-in do DeskCoach</translation>
    </message>
    <message>
        <source>The whole break</source>
        <translation>A pausa inteira</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Referente a</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Onde (opcional)</translation>
    </message>
    <message>
        <source>Anywhere / in general</source>
        <translation>Em nenhum lugar específico / em geral</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Onde</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Dor %1 de 10</translation>
    </message>
    <message>
        <source>Anything else, such as numbness or tingling? (optional)</source>
        <translation>Mais alguma coisa, como dormência ou formigamento? (opcional)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>DeskCoach</source>
        <translation>DeskCoach</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>Não foi possível salvar suas respostas: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Não foi possível exportar para %1: %2</translation>
    </message>
    <message>
        <source>Workstation check exported</source>
        <translation>Avaliação do posto de trabalho exportada</translation>
    </message>
    <message numerus="yes">
        <source>%n workstation actions to follow up: %1</source>
        <translation>
            <numerusform>%n ação do posto de trabalho para acompanhar: %1</numerusform>
            <numerusform>%n ações do posto de trabalho para acompanhar: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has been %n months since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</source>
        <translation>
            <numerusform>Já faz %n mês desde a avaliação do seu posto de trabalho. Uma nova leva cinco minutos: Lista de verificação... no menu do DeskCoach.</numerusform>
            <numerusform>Já faz %n meses desde a avaliação do seu posto de trabalho. Uma nova leva cinco minutos: Lista de verificação... no menu do DeskCoach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a workstation check: choose Checklist... in the DeskCoach menu. It takes about five minutes.</source>
        <translation>Hora de avaliar o seu posto de trabalho: escolha Lista de verificação... no menu do DeskCoach. Leva uns cinco minutos.</translation>
    </message>
    <message>
        <source>DeskCoach - workstation check</source>
        <translation>DeskCoach - avaliação do posto de trabalho</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Horários</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>exercise ids</source>
        <translation>ids de exercícios</translation>
    </message>
    <message>
        <source>a list of up to %1 of: %2</source>
        <translation>uma lista de até %1 de: %2</translation>
    </message>
    <message>
        <source>neck</source>
        <extracomment>each region in words, for sentences (&quot;neck, upper back&quot;); translated where shown</extracomment>
        <translation>pescoço</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>parte alta das costas</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>ombros</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>peito</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>lombar</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>quadris</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>pernas</translation>
    </message>
    <message>
        <source>legs&apos; circulation</source>
        <extracomment>clearer on its own as a box to tick than the word the sentences use</extracomment>
        <translation>circulação das pernas</translation>
    </message>
    <message>
        <source>wrists and hands</source>
        <translation>punhos e mãos</translation>
    </message>
    <message>
        <source>circulation</source>
        <translation>circulação</translation>
    </message>
    <message>
        <source>eyes</source>
        <translation>olhos</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>respiração</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>corpo todo</translation>
    </message>
    <message>
        <source>Work interval</source>
        <translation>Intervalo de trabalho</translation>
    </message>
    <message>
        <source>Minutes of work between breaks; 30-45 is recommended.</source>
        <translation>Minutos de trabalho entre as pausas; o recomendado é 30-45.</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Duração da pausa</translation>
    </message>
    <message>
        <source>How long each movement break lasts.</source>
        <translation>Quanto tempo dura cada pausa ativa.</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>Aviso antes de uma pausa</translation>
    </message>
    <message>
        <source>How early the tray warns that a break is coming (0 = no notice).</source>
        <translation>Com quanta antecedência a bandeja do sistema avisa que uma pausa está chegando (0 = sem aviso).</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>Tempo de adiamento</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Por quanto tempo o botão Adiar empurra uma pausa.</translation>
    </message>
    <message>
        <source>Putting breaks off</source>
        <translation>Adiar pausas</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>Adiamentos por pausa</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Quantas vezes uma mesma pausa pode ser adiada.</translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation>Pausas puladas por dia</translation>
    </message>
    <message>
        <source>How many breaks may be skipped each day.</source>
        <translation>Quantas pausas podem ser puladas por dia.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Modo rígido</translation>
    </message>
    <message>
        <source>Breaks cannot be skipped or snoozed.</source>
        <translation>As pausas não podem ser puladas nem adiadas.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Som</translation>
    </message>
    <message>
        <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).</source>
        <translation>Toca um sinal suave quando uma pausa começa e quando termina (nunca enquanto uma reunião segura as pausas).</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar com o sistema</translation>
    </message>
    <message>
        <source>Start DeskCoach when you log in.</source>
        <translation>Iniciar o DeskCoach quando você entrar na sessão.</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>Movimento reduzido</translation>
    </message>
    <message>
        <source>Show still key poses instead of animations.</source>
        <translation>Mostra posições-chave paradas em vez de animações.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <source>Seated only</source>
        <translation>Só sentado</translation>
    </message>
    <message>
        <source>Only suggest exercises that can be done sitting down.</source>
        <translation>Sugerir só exercícios que podem ser feitos sentado.</translation>
    </message>
    <message>
        <source>Back movements</source>
        <translation>Movimentos da coluna</translation>
    </message>
    <message>
        <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.</source>
        <translation>Deixe de fora as inclinações para a frente (flexão) ou para trás (extensão) se uma delas não fizer bem a você.</translation>
    </message>
    <message>
        <source>Regions to leave out</source>
        <translation>Regiões a deixar de fora</translation>
    </message>
    <message>
        <source>Body regions DeskCoach should not suggest exercises for.</source>
        <translation>Regiões do corpo para as quais o DeskCoach não deve sugerir exercícios.</translation>
    </message>
    <message>
        <source>Exercises to leave out</source>
        <translation>Exercícios a deixar de fora</translation>
    </message>
    <message>
        <source>Exercises DeskCoach should never suggest.</source>
        <translation>Exercícios que o DeskCoach nunca deve sugerir.</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>Ausente após</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break&apos;s length counts as a natural break.</source>
        <translation>Minutos sem teclado ou mouse depois dos quais o cronômetro de trabalho para; voltar depois de pelo menos a duração de uma pausa conta como pausa natural.</translation>
    </message>
    <message>
        <source>Smart timing</source>
        <translation>Horários inteligentes</translation>
    </message>
    <message>
        <source>Wait for full-screen apps</source>
        <translation>Esperar aplicativos em tela cheia</translation>
    </message>
    <message>
        <source>Hold a break while a full-screen app or presentation is in front.</source>
        <translation>Segura a pausa enquanto um aplicativo em tela cheia ou uma apresentação está na frente.</translation>
    </message>
    <message>
        <source>Wait for meetings</source>
        <translation>Esperar reuniões</translation>
    </message>
    <message>
        <source>Hold a break while another app uses the camera or microphone.</source>
        <translation>Segura a pausa enquanto outro aplicativo usa a câmera ou o microfone.</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Espera máxima</translation>
    </message>
    <message>
        <source>After this long a held break gives a gentle reminder.</source>
        <translation>Depois desse tempo, uma pausa segurada dá um lembrete suave.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.</source>
        <translation>ex.: mon-fri 08:30-12:30,13:30-17:30; vazio significa sempre.</translation>
    </message>
    <message>
        <source>Checklist reminders</source>
        <translation>Lembretes da lista de verificação</translation>
    </message>
    <message>
        <source>Remind me of open workstation actions and when a fresh check is due.</source>
        <translation>Lembrar as ações pendentes do posto de trabalho e quando uma nova avaliação está na hora.</translation>
    </message>
    <message>
        <source>Workstation check</source>
        <translation>Avaliação do posto de trabalho</translation>
    </message>
    <message>
        <source>Fresh check after</source>
        <translation>Nova avaliação após</translation>
    </message>
    <message>
        <source>Months after a workstation check until DeskCoach suggests a new one.</source>
        <translation>Meses após uma avaliação do posto de trabalho até o DeskCoach sugerir uma nova.</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>Meta da sequência</translation>
    </message>
    <message>
        <source>The share of the day&apos;s due breaks to take for the day to join your streak on the progress dashboard.</source>
        <translation>A parte das pausas previstas do dia que precisa ser feita para o dia entrar na sua sequência no painel de progresso.</translation>
    </message>
    <message>
        <source>Eye breaks every</source>
        <translation>Pausa para os olhos a cada</translation>
    </message>
    <message>
        <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).</source>
        <translation>Um aviso de 20 segundos para olhar para longe, entre as pausas ativas (0 = desligado).</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>Eye breaks</source>
        <translation>Pausas para os olhos</translation>
    </message>
    <message>
        <source>Daily anchors</source>
        <translation>Âncoras diárias</translation>
    </message>
    <message>
        <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.</source>
        <translation>Rotinas opcionais de cinco minutos em momentos que você já tem, ex.: coffee 08:30, lunch 12:30, end of day 17:15; vazio significa nenhuma.</translation>
    </message>
    <message>
        <source>Daily routines</source>
        <translation>Rotinas diárias</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>How loud the break cues are.</source>
        <translation>O volume dos sinais das pausas.</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Sinal sonoro</translation>
    </message>
    <message>
        <source>Which of DeskCoach&apos;s sounds the cues use.</source>
        <translation>Qual som do DeskCoach os sinais usam.</translation>
    </message>
    <message>
        <source>Break window on</source>
        <translation>Janela da pausa em</translation>
    </message>
    <message>
        <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer&apos;s screen and a calm dimmed panel on the others (it never blocks input).</source>
        <translation>ponteiro: a tela com o ponteiro do mouse; principal: a tela principal; todas: a pausa na tela do ponteiro e um painel calmo e escurecido nas outras (nunca bloqueia a digitação).</translation>
    </message>
    <message>
        <source>Break window</source>
        <translation>Janela da pausa</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop&apos;s colour scheme.</source>
        <translation>Janelas claras ou escuras; sistema segue o esquema de cores da sua área de trabalho.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of DeskCoach&apos;s menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.</source>
        <translation>O idioma dos menus, dos exercícios e das mensagens do DeskCoach; sistema segue o da sua área de trabalho. Vale na hora; as janelas já abertas mudam quando você as abrir de novo.</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>configuração desconhecida &apos;%1&apos; (conhecidas: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, allowed: %3</source>
        <translation>&apos;%1&apos; é %2; permitido: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2</source>
        <translation>&apos;%1&apos; deve ser true ou false, não %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number (%2), not %3</source>
        <translation>&apos;%1&apos; deve ser um número inteiro (%2), não %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>&apos;%1&apos; deve ser %2, não %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, allowed: %3</source>
        <translation>&apos;%1&apos; contém %2; permitido: %3</translation>
    </message>
    <message>
        <source>A desktop computer</source>
        <translation>Um computador de mesa</translation>
    </message>
    <message>
        <source>A laptop on its own</source>
        <translation>Só um notebook</translation>
    </message>
    <message>
        <source>A laptop with a separate screen, keyboard and mouse</source>
        <translation>Um notebook com tela, teclado e mouse separados</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <source>My manager</source>
        <translation>Meu gestor</translation>
    </message>
    <message>
        <source>Facilities / IT</source>
        <translation>Manutenção / TI</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>&amp;Resume where you left off</source>
        <translation>&amp;Continuar de onde parou</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK</source>
        <translation>AVALIAÇÃO DO POSTO DE TRABALHO</translation>
    </message>
    <message>
        <source>Is your desk set up to look after you?</source>
        <translation>Sua mesa está ajustada para cuidar de você?</translation>
    </message>
    <message>
        <source>%1 quick yes/no questions (%2 on a laptop used on its own), five minutes at most. Answer for the place you work most. You can stop at any time: your answers are kept.</source>
        <translation>%1 perguntas rápidas de sim ou não (%2 se você usa só um notebook), cinco minutos no máximo. Responda pensando no lugar onde você mais trabalha. Você pode parar quando quiser: suas respostas ficam guardadas.</translation>
    </message>
    <message>
        <source>Optional, for the report</source>
        <translation>Opcional, para o relatório</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>You work on:</source>
        <translation>Você trabalha com:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Progress through the check</source>
        <translation>Progresso da avaliação</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>Não se &amp;aplica</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>Salvar e terminar &amp;depois</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK DONE</source>
        <translation>AVALIAÇÃO DO POSTO DE TRABALHO CONCLUÍDA</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>A self-assessment supports, but does not replace, your employer&apos;s workstation assessment.</source>
        <translation>Uma autoavaliação complementa, mas não substitui, a avaliação do posto de trabalho feita pelo seu empregador.</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>Começar uma &amp;nova avaliação</translation>
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
        <translation>%1  ·  PERGUNTA %2 DE %3</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Por que importa: %1</translation>
    </message>
    <message>
        <source>If not: %1</source>
        <translation>Se não: %1</translation>
    </message>
    <message>
        <source>%1 of %2 fine. %3</source>
        <translation>%1 de %2 em ordem. %3</translation>
    </message>
    <message>
        <source>Here is what to fix:</source>
        <translation>O que corrigir:</translation>
    </message>
    <message>
        <source>Nothing to fix. Well set up!</source>
        <translation>Nada a corrigir. Tudo bem ajustado!</translation>
    </message>
    <message numerus="yes">
        <source>%n answers changed since your check on %1.</source>
        <translation>
            <numerusform>%n resposta mudou desde a sua avaliação de %1.</numerusform>
            <numerusform>%n respostas mudaram desde a sua avaliação de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Em ordem: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <source>Who acts on: %1</source>
        <translation>Quem resolve: %1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data de acompanhamento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Relatório PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the workstation check</source>
        <translation>Exportar a avaliação do posto de trabalho</translation>
    </message>
    <message>
        <source>DeskCoach - progress</source>
        <translation>DeskCoach - progresso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>(label, bucket size, buckets): whole weeks and months, the last one so far</extracomment>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
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
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Snoozed, then taken</source>
        <translation>Adiada e depois feita</translation>
    </message>
    <message>
        <source>Natural (away)</source>
        <translation>Natural (ausente)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pulada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>as in `deskcoach stats`: Taken counts breaks, Compliance is the share of due breaks taken</extracomment>
        <translation>Período</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previstas</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Naturais</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Feitas</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumprimento</translation>
    </message>
    <message>
        <source>Longest stretch (min)</source>
        <translation>Maior tempo sem pausa (min)</translation>
    </message>
    <message>
        <source>Minutes moved</source>
        <translation>Minutos de movimento</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Seu progresso</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation>Desenhando os gráficos...</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Breaks per period, as a table, oldest first</source>
        <translation>Pausas por período, em tabela, da mais antiga para a mais recente</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabela</translation>
    </message>
    <message>
        <source>How the numbers are counted</source>
        <translation>Como os números são contados</translation>
    </message>
    <message>
        <source>&amp;How it is counted</source>
        <translation>Como é &amp;contado</translation>
    </message>
    <message>
        <source>Body log</source>
        <translation>Registro do corpo</translation>
    </message>
    <message>
        <source>No breaks yet. After your first break, this is where you see how many you take each day, how long you go without one, and how you move. Take one now from the tray menu if you like.</source>
        <translation>Ainda não há pausas. Depois da primeira, aqui você vê quantas faz por dia, quanto tempo passa sem uma e como se movimenta. Se quiser, faça uma agora pelo menu da bandeja do sistema.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoje, %1</translation>
    </message>
    <message>
        <source>This week, %1 to today</source>
        <translation>Esta semana, de %1 até hoje</translation>
    </message>
    <message>
        <source>This week (today)</source>
        <translation>Esta semana (hoje)</translation>
    </message>
    <message>
        <source>Streak, up to today</source>
        <translation>Sequência, até hoje</translation>
    </message>
    <message>
        <source>Moved this week</source>
        <translation>Movimento nesta semana</translation>
    </message>
    <message>
        <source>Body regions this week</source>
        <translation>Regiões do corpo nesta semana</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%1 de %n pausa</numerusform>
            <numerusform>%1 de %n pausas</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation>ddd, d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>taken of those due so far</source>
        <translation>feitas das previstas até agora</translation>
    </message>
    <message>
        <source>of due breaks taken; nothing to compare with last week</source>
        <translation>das pausas previstas feitas; nada para comparar com a semana passada</translation>
    </message>
    <message>
        <source>nothing due yet this week</source>
        <translation>nada previsto ainda nesta semana</translation>
    </message>
    <message numerus="yes">
        <source>%1 points against last week (%2)</source>
        <translation>
            <numerusform>%1 ponto em relação à semana passada (%2)</numerusform>
            <numerusform>%1 pontos em relação à semana passada (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>days in a row with %1 or more of due breaks taken; today joins at %1</source>
        <translation>dias seguidos com %1 ou mais das pausas previstas feitas; hoje entra ao chegar a %1</translation>
    </message>
    <message>
        <source>no day yet with %1 or more of due breaks taken; today joins at %1</source>
        <translation>nenhum dia ainda com %1 ou mais das pausas previstas feitas; hoje entra ao chegar a %1</translation>
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
        <translation>de exercício em pausas concluídas</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (até agora)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Regions this week</source>
        <translation>Regiões nesta semana</translation>
    </message>
    <message>
        <source>all but %1</source>
        <translation>todas menos %1</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>todas</translation>
    </message>
    <message>
        <source> · %1 of due breaks taken</source>
        <translation> · %1 das pausas previstas feitas</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so DeskCoach shows this small window instead. Closing it minimises it; use Quit to stop DeskCoach.</source>
        <translation>Nenhuma bandeja do sistema foi encontrada nesta área de trabalho, então o DeskCoach mostra esta pequena janela no lugar. Fechá-la a minimiza; use Sair para encerrar o DeskCoach.</translation>
    </message>
    <message>
        <source>DeskCoach controls</source>
        <translation>Controles do DeskCoach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>Fazer uma pausa &amp;agora</translation>
    </message>
    <message>
        <source>&amp;Pause 30 min</source>
        <translation>&amp;Pausar 30 min</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>S&amp;kip next</source>
        <translation>P&amp;ular a próxima</translation>
    </message>
    <message>
        <source>Pro&amp;gress...</source>
        <translation>Pro&amp;gresso...</translation>
    </message>
    <message>
        <source>&amp;Checklist...</source>
        <translation>&amp;Lista de verificação...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configurações...</translation>
    </message>
    <message>
        <source>When to get &amp;help...</source>
        <translation>Quando buscar a&amp;juda...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Ilustração</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Quando buscar ajuda</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice and cannot tell what is causing a symptom.</source>
        <translation>O DeskCoach sugere movimentos suaves e gerais. Não é aconselhamento médico e não consegue dizer o que causa um sintoma.</translation>
    </message>
    <message>
        <source>Get emergency care now</source>
        <translation>Procure atendimento de emergência agora</translation>
    </message>
    <message>
        <source>Call your emergency number or go to an emergency department if you have:</source>
        <translation>Ligue para o número de emergência ou vá a um pronto-socorro se você tiver:</translation>
    </message>
    <message>
        <source>loss of control of your bladder or bowels, or new trouble passing urine</source>
        <translation>perda de controle da bexiga ou do intestino, ou dificuldade nova para urinar</translation>
    </message>
    <message>
        <source>numbness around your genitals, buttocks or inner thighs</source>
        <translation>dormência ao redor dos genitais, das nádegas ou na parte interna das coxas</translation>
    </message>
    <message>
        <source>weakness in your legs that is new or getting worse</source>
        <translation>fraqueza nas pernas que é nova ou está piorando</translation>
    </message>
    <message>
        <source>chest pain, with or without back pain</source>
        <translation>dor no peito, com ou sem dor nas costas</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon</source>
        <translation>Consulte logo um médico ou fisioterapeuta</translation>
    </message>
    <message>
        <source>Book an appointment in the next few days if you have:</source>
        <translation>Marque uma consulta nos próximos dias se você tiver:</translation>
    </message>
    <message>
        <source>back pain with a fever, night sweats or feeling generally unwell</source>
        <translation>dor nas costas com febre, suores noturnos ou mal-estar geral</translation>
    </message>
    <message>
        <source>weight loss you cannot explain</source>
        <translation>perda de peso que você não consegue explicar</translation>
    </message>
    <message>
        <source>pain at night that does not ease when you rest or change position</source>
        <translation>dor à noite que não alivia com descanso ou mudança de posição</translation>
    </message>
    <message>
        <source>pain after a fall or accident</source>
        <translation>dor depois de uma queda ou acidente</translation>
    </message>
    <message>
        <source>pain that spreads below the knee, or numbness or tingling that spreads</source>
        <translation>dor que desce abaixo do joelho, ou dormência ou formigamento que se espalha</translation>
    </message>
    <message>
        <source>pain that has changed your daily life for more than a week</source>
        <translation>dor que mudou sua rotina por mais de uma semana</translation>
    </message>
    <message>
        <source>a second or third bout of the same pain within a year</source>
        <translation>uma segunda ou terceira crise da mesma dor em um ano</translation>
    </message>
    <message>
        <source>no progress after two weeks of regular, gentle movement</source>
        <translation>nenhuma melhora depois de duas semanas de movimento suave e regular</translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation>Pare este exercício</translation>
    </message>
    <message>
        <source>Stop the movement, rest, and try a gentler one another time if it brings:</source>
        <translation>Pare o movimento, descanse e tente um mais suave em outro momento se ele causar:</translation>
    </message>
    <message>
        <source>pain, or pain that climbs as you go on</source>
        <translation>dor, ou dor que aumenta à medida que você continua</translation>
    </message>
    <message>
        <source>tingling or numbness, or symptoms spreading into an arm or leg</source>
        <translation>formigamento ou dormência, ou sintomas que se espalham para um braço ou uma perna</translation>
    </message>
    <message>
        <source>dizziness or light-headedness</source>
        <translation>tontura ou sensação de desmaio</translation>
    </message>
    <message>
        <source>After recent surgery or an injury, or during pregnancy, ask a clinician which movements suit you before you start.</source>
        <translation>Depois de cirurgia ou lesão recente, ou durante a gravidez, pergunte a um profissional de saúde quais movimentos são adequados para você antes de começar.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fontes:</translation>
    </message>
    <message>
        <source>DeskCoach - a break is coming</source>
        <translation>DeskCoach - uma pausa está chegando</translation>
    </message>
    <message>
        <source>A movement break is coming</source>
        <translation>Uma pausa ativa está chegando</translation>
    </message>
    <message>
        <source>Finish what you are doing; a short movement break is coming.</source>
        <translation>Termine o que está fazendo; uma pausa ativa curta está chegando.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Começar agora</translation>
    </message>
    <message numerus="yes">
        <source>&amp;In %n minutes</source>
        <translation>
            <numerusform>&amp;Em %n minuto</numerusform>
            <numerusform>&amp;Em %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the break off for %n minutes</source>
        <translation>
            <numerusform>Adiar a pausa por %n minuto</numerusform>
            <numerusform>Adiar a pausa por %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break in %1</source>
        <translation>Pausa ativa em %1</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>Ritmo da respiração</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>BEFORE THIS EXERCISE</source>
        <translation>ANTES DESTE EXERCÍCIO</translation>
    </message>
    <message>
        <source>ABOUT THIS EXERCISE</source>
        <translation>SOBRE ESTE EXERCÍCIO</translation>
    </message>
    <message>
        <source>Check that it suits you</source>
        <translation>Confira se ele é adequado para você</translation>
    </message>
    <message>
        <source>&amp;Back to the exercise</source>
        <translation>&amp;Voltar ao exercício</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>DeskCoach - when to get help</source>
        <translation>DeskCoach - quando buscar ajuda</translation>
    </message>
    <message>
        <source>A movement break is on your other screen.</source>
        <translation>Há uma pausa ativa na sua outra tela.</translation>
    </message>
    <message>
        <source>DeskCoach - break on another screen</source>
        <translation>DeskCoach - pausa em outra tela</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <extracomment>the settings whose spin boxes show a unit around the number (see _unit_words) groups with a tab of their own; the rest share &quot;Breaks&quot;</extracomment>
        <translation>&amp;Pausas</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>E&amp;xercícios</translation>
    </message>
    <message>
        <source>Smart &amp;timing</source>
        <translation>&amp;Horários inteligentes</translation>
    </message>
    <message>
        <source>&amp;Workstation check</source>
        <translation>&amp;Avaliação do posto</translation>
    </message>
    <message>
        <source>E&amp;ye breaks and routines</source>
        <translation>&amp;Olhos e rotinas</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>Aparê&amp;ncia</translation>
    </message>
    <message>
        <source>Include both</source>
        <translation>Incluir ambos</translation>
    </message>
    <message>
        <source>Leave out forward bends</source>
        <translation>Deixar de fora inclinações para a frente</translation>
    </message>
    <message>
        <source>Leave out backward bends</source>
        <translation>Deixar de fora inclinações para trás</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Seguir a área de trabalho</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Carrilhão</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>Sino</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Suave</translation>
    </message>
    <message>
        <source>The screen with the pointer</source>
        <translation>A tela com o ponteiro</translation>
    </message>
    <message>
        <source>The main screen</source>
        <translation>A tela principal</translation>
    </message>
    <message>
        <source>All screens (a calm panel on the others)</source>
        <translation>Todas as telas (um painel calmo nas outras)</translation>
    </message>
    <message>
        <source>DeskCoach settings</source>
        <extracomment>each language in its own words, never translated (a reader looks for their own)</extracomment>
        <translation>Configurações do DeskCoach</translation>
    </message>
    <message>
        <source>What stops the settings from being saved</source>
        <translation>O que impede que as configurações sejam salvas</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Definido pela sua organização</translation>
    </message>
    <message>
        <source> (set by your organisation)</source>
        <translation> (definido pela sua organização)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>sempre</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Permitido: %1</translation>
    </message>
    <message>
        <source>%1 on the %2 tab: %3</source>
        <translation>%1 na aba %2: %3</translation>
    </message>
    <message>
        <source>Not saved yet. </source>
        <translation>Ainda não salvo. </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skips</source>
        <translation>
            <numerusform>%n pausa</numerusform>
            <numerusform>%n pausas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mês</numerusform>
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
        <translation>menos de um minuto</translation>
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
        <translation>ddd, dd MMM HH:mm</translation>
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
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Break waiting until your meeting ends</source>
        <translation>Pausa esperando o fim da sua reunião</translation>
    </message>
    <message>
        <source>Break waiting until the full-screen app closes</source>
        <translation>Pausa esperando o aplicativo em tela cheia fechar</translation>
    </message>
    <message>
        <source>You are away: the timer is stopped</source>
        <translation>Você está ausente: o cronômetro está parado</translation>
    </message>
    <message>
        <source>Screen locked: the timer is stopped</source>
        <translation>Tela bloqueada: o cronômetro está parado</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>Fora do seu horário de trabalho</translation>
    </message>
    <message>
        <source>On a movement break</source>
        <translation>Em uma pausa ativa</translation>
    </message>
    <message>
        <source>Outside your working hours, back at %1</source>
        <translation>Fora do seu horário de trabalho (até %1)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausado até %1</translation>
    </message>
    <message>
        <source>Snoozed: break in %1</source>
        <translation>Adiada: pausa em %1</translation>
    </message>
    <message>
        <source>Next break in %1</source>
        <translation>Próxima pausa em %1</translation>
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
        <translation>&amp;Até amanhã</translation>
    </message>
    <message>
        <source>DeskCoach menu</source>
        <translation>Menu do DeskCoach</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>S&amp;kip next break</source>
        <translation>P&amp;ular a próxima pausa</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>P&amp;ular esta pausa</translation>
    </message>
    <message>
        <source>Eye break</source>
        <translation>Pausa para os olhos</translation>
    </message>
    <message numerus="yes">
        <source>Look at something at least 6 metres away for %n seconds, and blink slowly a few times.</source>
        <translation>
            <numerusform>Olhe para algo a pelo menos 6 metros de distância por %n segundo e pisque devagar algumas vezes.</numerusform>
            <numerusform>Olhe para algo a pelo menos 6 metros de distância por %n segundos e pisque devagar algumas vezes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins are health data. They stay in your own profile on this computer and in the exports you make yourself; nothing your organisation can collect reads them.</source>
        <translation>Seus check-ins são dados de saúde. Eles ficam no seu próprio perfil neste computador e nas exportações que você mesmo fizer; nada que a sua organização possa coletar tem acesso a eles.</translation>
    </message>
    <message>
        <source>Export log as &amp;PDF...</source>
        <translation>Exportar registro em &amp;PDF...</translation>
    </message>
    <message>
        <source>A one-page summary of your check-ins to take to a doctor or physiotherapist</source>
        <translation>Um resumo de uma página dos seus check-ins para levar a um médico ou fisioterapeuta</translation>
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
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>No check-ins in this period. After a break, tell DeskCoach how it felt; your answers draw these lines.</source>
        <translation>Nenhum check-in neste período. Depois de uma pausa, conte ao DeskCoach como foi; suas respostas desenham estas linhas.</translation>
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
        <translation>Nenhum programa em andamento: as pausas usam todos os exercícios.</translation>
    </message>
    <message>
        <source>%1, phase %3 (%4). %5.</source>
        <translation>%1, fase %3 (%4). %5.</translation>
    </message>
    <message>
        <source>Levels: every exercise at its usual dose so far. Answer the morning question and levels move with your mornings.</source>
        <translation>Níveis: por enquanto, todos os exercícios na dose habitual. Responda à pergunta da manhã e os níveis acompanham as suas manhãs.</translation>
    </message>
    <message>
        <source>%1 - %2: now %3. %4.</source>
        <translation>%1 - %2: agora %3. %4.</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>Mudanças de nível</translation>
    </message>
    <message>
        <source>Saved the log as %1: take it along to a doctor or physiotherapist.</source>
        <translation>Registro salvo como %1: leve-o ao médico ou fisioterapeuta.</translation>
    </message>
    <message>
        <source>Export log as PDF</source>
        <translation>Exportar registro em PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Discomfort (0-10)</source>
        <translation>Desconforto (0-10)</translation>
    </message>
    <message>
        <source>Longest sitting (min)</source>
        <translation>Maior tempo sentado (min)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Média diária</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Manhãs</translation>
    </message>
    <message>
        <source>keep all settings and data under DIR (portable mode)</source>
        <extracomment>CLI command -&gt; control-protocol command, for commands handed to the running app</extracomment>
        <translation>manter todas as configurações e dados em DIR (modo portátil)</translation>
    </message>
    <message>
        <source>run every duration N times faster (demos and tests)</source>
        <translation>executar cada duração N vezes mais rápido (demonstrações e testes)</translation>
    </message>
    <message>
        <source>the language to use: %1 (default: the `language` setting, else the desktop&apos;s)</source>
        <translation>o idioma a usar: %1 (padrão: a configuração `language`, senão a da área de trabalho)</translation>
    </message>
    <message>
        <source>A calm tray coach for movement breaks. With no command, starts the app.</source>
        <translation>Um assistente tranquilo na bandeja para pausas ativas. Sem comando, inicia o aplicativo.</translation>
    </message>
    <message>
        <source>start the tray app (the default)</source>
        <translation>iniciar o aplicativo da bandeja (padrão)</translation>
    </message>
    <message>
        <source>what the running app is doing</source>
        <translation>o que o aplicativo em execução está fazendo</translation>
    </message>
    <message>
        <source>take a break now</source>
        <translation>fazer uma pausa agora</translation>
    </message>
    <message>
        <source>with this exercise (see `exercises`)</source>
        <translation>com este exercício (veja `exercises`)</translation>
    </message>
    <message>
        <source>pause breaks (30m, 1h, tomorrow)</source>
        <translation>suspender as pausas (30m, 1h, tomorrow)</translation>
    </message>
    <message>
        <source>30m, 1h, 1h30m ... up to 24h, or tomorrow</source>
        <translation>30m, 1h, 1h30m ... até 24h, ou tomorrow</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>encerrar uma suspensão das pausas</translation>
    </message>
    <message>
        <source>skip the break on screen, or else the next one</source>
        <translation>pular a pausa na tela ou, se não houver, a próxima</translation>
    </message>
    <message>
        <source>snooze the break on screen</source>
        <translation>adiar a pausa na tela</translation>
    </message>
    <message>
        <source>finish the break on screen</source>
        <translation>concluir a pausa na tela</translation>
    </message>
    <message>
        <source>swap the exercise on screen for another</source>
        <translation>trocar o exercício na tela por outro</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>abrir uma janela do aplicativo em execução</translation>
    </message>
    <message>
        <source>which detectors work on this desktop</source>
        <translation>quais detectores funcionam nesta área de trabalho</translation>
    </message>
    <message>
        <source>when to get help: emergency now, a clinician soon, or stop</source>
        <translation>quando buscar ajuda: emergência agora, um profissional de saúde logo, ou parar</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>encerrar o aplicativo em execução</translation>
    </message>
    <message>
        <source>list the exercise catalogue</source>
        <translation>listar o catálogo de exercícios</translation>
    </message>
    <message>
        <source>print one exercise</source>
        <translation>mostrar um exercício</translation>
    </message>
    <message>
        <source>draw an exercise&apos;s key poses as a PNG contact sheet</source>
        <translation>desenhar as posições-chave de um exercício como folha de contato PNG</translation>
    </message>
    <message>
        <source>every exercise, one PNG each</source>
        <translation>todos os exercícios, um PNG cada</translation>
    </message>
    <message>
        <source>the PNG file (with an ID) or the folder (with --all)</source>
        <translation>o arquivo PNG (com um ID) ou a pasta (com --all)</translation>
    </message>
    <message>
        <source>the workstation checklist</source>
        <translation>a lista de verificação do posto de trabalho</translation>
    </message>
    <message>
        <source>list the questions</source>
        <translation>listar as perguntas</translation>
    </message>
    <message>
        <source>export an assessment</source>
        <translation>exportar uma avaliação</translation>
    </message>
    <message>
        <source>organisation policy</source>
        <translation>política da organização</translation>
    </message>
    <message>
        <source>the effective policy and its sources</source>
        <translation>a política em vigor e suas origens</translation>
    </message>
    <message>
        <source>try a policy folder laid out like /etc/deskcoach instead (only this command reads it)</source>
        <translation>testar no lugar uma pasta de políticas organizada como /etc/deskcoach (só este comando a lê)</translation>
    </message>
    <message>
        <source>check a policy file, or every file of a policy folder</source>
        <translation>verificar um arquivo de política, ou todos os arquivos de uma pasta de políticas</translation>
    </message>
    <message>
        <source>every policy file in DIR, laid out like /etc/deskcoach</source>
        <translation>todos os arquivos de política em DIR, organizados como /etc/deskcoach</translation>
    </message>
    <message>
        <source>breaks per day</source>
        <translation>pausas por dia</translation>
    </message>
    <message>
        <source>the last N days (default 7)</source>
        <translation>os últimos N dias (padrão 7)</translation>
    </message>
    <message>
        <source>the dashboard&apos;s headline figures, over all of the history</source>
        <translation>os números principais do painel, sobre todo o histórico</translation>
    </message>
    <message>
        <source>the last day shown (default today)</source>
        <translation>o último dia mostrado (padrão hoje)</translation>
    </message>
    <message>
        <source>write all your data to a JSON file</source>
        <translation>gravar todos os seus dados em um arquivo JSON</translation>
    </message>
    <message>
        <source>merge an export into this profile</source>
        <translation>mesclar uma exportação neste perfil</translation>
    </message>
    <message>
        <source>show, set or check settings</source>
        <translation>mostrar, definir ou verificar configurações</translation>
    </message>
    <message>
        <source>every effective value and its source</source>
        <translation>cada valor em vigor e sua origem</translation>
    </message>
    <message>
        <source>set KEY to VALUE (applied live)</source>
        <translation>definir KEY como VALUE (aplicado na hora)</translation>
    </message>
    <message>
        <source>check a settings file</source>
        <translation>verificar um arquivo de configurações</translation>
    </message>
    <message>
        <source>log how your body feels now</source>
        <translation>registrar como o seu corpo está agora</translation>
    </message>
    <message>
        <source>pain or discomfort, 0-10</source>
        <translation>dor ou desconforto, 0-10</translation>
    </message>
    <message>
        <source>the exercise it is about</source>
        <translation>o exercício a que se refere</translation>
    </message>
    <message>
        <source>morning: how it feels on waking (paces the plan)</source>
        <translation>manhã: como está ao acordar (define o ritmo do plano)</translation>
    </message>
    <message>
        <source>a warning sign you notice (shows when to get help)</source>
        <translation>um sinal de alerta que você nota (mostra quando buscar ajuda)</translation>
    </message>
    <message>
        <source>a few words of your own</source>
        <translation>algumas palavras suas</translation>
    </message>
    <message>
        <source>your check-ins and plan changes</source>
        <translation>seus check-ins e mudanças no plano</translation>
    </message>
    <message>
        <source>the last N days (default 14)</source>
        <translation>os últimos N dias (padrão 14)</translation>
    </message>
    <message>
        <source>write a one-page PDF to take to a clinician instead</source>
        <translation>gravar no lugar um PDF de uma página para levar a um profissional de saúde</translation>
    </message>
    <message>
        <source>multi-week programmes</source>
        <translation>programas de várias semanas</translation>
    </message>
    <message>
        <source>the programmes</source>
        <translation>os programas</translation>
    </message>
    <message>
        <source>one programme&apos;s phases</source>
        <translation>as fases de um programa</translation>
    </message>
    <message>
        <source>start a programme</source>
        <translation>iniciar um programa</translation>
    </message>
    <message>
        <source>stop the running one</source>
        <translation>parar o que está em andamento</translation>
    </message>
    <message>
        <source>the running programme, its phase and week</source>
        <translation>o programa em andamento, sua fase e semana</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 não é um número</translation>
    </message>
    <message>
        <source>the time scale must be above 0 and at most 100000</source>
        <translation>a escala de tempo deve ser maior que 0 e no máximo 100000</translation>
    </message>
    <message>
        <source>DeskCoach will not use this profile: %1.</source>
        <translation>O DeskCoach não vai usar este perfil: %1.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta mensagem de ajuda e sair</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar o número de versão do programa e sair</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: erro: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opção inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperava um argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>esperava pelo menos um argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>esperava no máximo um argumento</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>não permitido com o argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>um dos argumentos %s é obrigatório</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>não foi possível abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>After %n weeks your discomfort has not eased (about %1/10 then, %2/10 this week). Please see a doctor or physiotherapist; take your log along (Export log as PDF in the Body log, or `deskcoach log --pdf FILE`).</source>
        <translation>
            <numerusform>Depois de %n semana, seu desconforto não diminuiu (cerca de %1/10 antes, %2/10 nesta semana). Procure um médico ou fisioterapeuta; leve o seu registro (Exportar registro em PDF no Registro do corpo, ou `deskcoach log --pdf FILE`).</numerusform>
            <numerusform>Depois de %n semanas, seu desconforto não diminuiu (cerca de %1/10 antes, %2/10 nesta semana). Procure um médico ou fisioterapeuta; leve o seu registro (Exportar registro em PDF no Registro do corpo, ou `deskcoach log --pdf FILE`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks without improvement (about %1/10 then, %2/10 this week): time to change something, such as another programme, easier levels or a different time of day.</source>
        <translation>
            <numerusform>%n semana sem melhora (cerca de %1/10 antes, %2/10 nesta semana): hora de mudar algo, como outro programa, níveis mais fáceis ou outro horário do dia.</numerusform>
            <numerusform>%n semanas sem melhora (cerca de %1/10 antes, %2/10 nesta semana): hora de mudar algo, como outro programa, níveis mais fáceis ou outro horário do dia.</numerusform>
        </translation>
    </message>
    <message>
        <source>easier</source>
        <extracomment>How the levels are named when an exercise has the usual three; more are numbered.</extracomment>
        <translation>mais fácil</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>mais difícil</translation>
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
        <translation>Fora até %1: aumentou sua dor; outros exercícios cobrem as mesmas regiões</translation>
    </message>
    <message>
        <source>Back in the plan, one level easier (%1): its time out is over</source>
        <translation>De volta ao plano, um nível mais fácil (%1): o tempo fora acabou</translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10; waiting to see how the next morning feels</source>
        <translation>Em espera: levou sua dor a %1/10; aguardando para ver como fica a manhã seguinte</translation>
    </message>
    <message>
        <source>Left out for a week: it took your pain to %1/10 and the next morning was still worse than usual (%2 against %3)</source>
        <translation>Fora por uma semana: levou sua dor a %1/10 e a manhã seguinte ainda estava pior que o normal (%2 contra %3)</translation>
    </message>
    <message numerus="yes">
        <source>Holding at the easiest level: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Em espera no nível mais fácil: suas manhãs estiveram piores que o normal por %n dia seguido</numerusform>
            <numerusform>Em espera no nível mais fácil: suas manhãs estiveram piores que o normal por %n dias seguidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step back to %1: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>Volta para %1: suas manhãs estiveram piores que o normal por %n dia seguido</numerusform>
            <numerusform>Volta para %1: suas manhãs estiveram piores que o normal por %n dias seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10 on %2; it settled by the next morning, so it stays at this level a few days more</source>
        <translation>Em espera: levou sua dor a %1/10 em %2; melhorou até a manhã seguinte, então fica neste nível por mais alguns dias</translation>
    </message>
    <message numerus="yes">
        <source>Level up to %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Sobe para %1: suas manhãs ficaram iguais ou melhores por %n dia</numerusform>
            <numerusform>Sobe para %1: suas manhãs ficaram iguais ou melhores por %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding at the hardest level: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Em espera no nível mais difícil: suas manhãs ficaram iguais ou melhores por %n dia</numerusform>
            <numerusform>Em espera no nível mais difícil: suas manhãs ficaram iguais ou melhores por %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: a recent morning was worse than usual; waiting for it to settle</source>
        <translation>Em espera: uma manhã recente foi pior que o normal; aguardando melhorar</translation>
    </message>
    <message numerus="yes">
        <source>Holding: %1 of %n steady mornings so far (answer the morning question to move on)</source>
        <translation>
            <numerusform>Em espera: %1 de %n manhã estável até agora (responda à pergunta da manhã para avançar)</numerusform>
            <numerusform>Em espera: %1 de %n manhãs estáveis até agora (responda à pergunta da manhã para avançar)</numerusform>
        </translation>
    </message>
    <message>
        <source>wrist and hand</source>
        <translation>punho e mão</translation>
    </message>
    <message>
        <source>low back</source>
        <translation>lombar</translation>
    </message>
    <message>
        <source>Calm things down</source>
        <translation>Acalmar o desconforto</translation>
    </message>
    <message>
        <source>Neck and upper back for screen work</source>
        <translation>Pescoço e parte alta das costas para o trabalho na tela</translation>
    </message>
    <message>
        <source>Ease a stiff neck and rounded shoulders, then build upper-back endurance.</source>
        <translation>Alivie o pescoço rígido e os ombros curvados; depois, ganhe resistência na parte alta das costas.</translation>
    </message>
    <message>
        <source>Small, easy movements that feel good.</source>
        <translation>Movimentos pequenos e fáceis que fazem bem.</translation>
    </message>
    <message>
        <source>Patterning</source>
        <translation>Aprender o padrão</translation>
    </message>
    <message>
        <source>Sit tall with the head over the shoulders.</source>
        <translation>Sente-se com a coluna ereta e a cabeça sobre os ombros.</translation>
    </message>
    <message>
        <source>Build capacity</source>
        <translation>Ganhar capacidade</translation>
    </message>
    <message>
        <source>Hold good positions for longer.</source>
        <translation>Mantenha boas posições por mais tempo.</translation>
    </message>
    <message>
        <source>Low back: breathe, brace and hinge</source>
        <translation>Lombar: respirar, ativar e dobradiça</translation>
    </message>
    <message>
        <source>Settle the low back, learn to breathe, brace and hinge, then build strength.</source>
        <translation>Acalme a lombar, aprenda a respirar, ativar o abdômen e fazer a dobradiça; depois, ganhe força.</translation>
    </message>
    <message>
        <source>Gentle movement and walking; find the directions that ease it.</source>
        <translation>Movimento suave e caminhada; descubra as direções que aliviam.</translation>
    </message>
    <message>
        <source>Breathe, brace, hinge</source>
        <translation>Respirar, ativar, dobradiça</translation>
    </message>
    <message>
        <source>Bend from the hips with the back in one line.</source>
        <translation>Dobre o corpo a partir do quadril com as costas alinhadas.</translation>
    </message>
    <message>
        <source>More hinges and stands, with steady breathing.</source>
        <translation>Mais dobradiças e levantadas, com respiração tranquila.</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Resistência</translation>
    </message>
    <message>
        <source>Keep moving through busy days.</source>
        <translation>Continue se mexendo nos dias corridos.</translation>
    </message>
    <message>
        <source>Wrists and forearms for keyboard and mouse work</source>
        <translation>Punhos e antebraços para o trabalho com teclado e mouse</translation>
    </message>
    <message>
        <source>Glide the tendons, stretch the forearms and free the shoulders that drive them.</source>
        <translation>Deslize os tendões, alongue os antebraços e solte os ombros que os movem.</translation>
    </message>
    <message>
        <source>Easy finger and shoulder movement.</source>
        <translation>Movimentos fáceis de dedos e ombros.</translation>
    </message>
    <message>
        <source>Glide and stretch</source>
        <translation>Deslizar e alongar</translation>
    </message>
    <message>
        <source>Gentle forearm stretches, no pins and needles.</source>
        <translation>Alongamentos suaves de antebraço, sem formigamento.</translation>
    </message>
    <message>
        <source>Stretch the chest and upper back as well.</source>
        <translation>Alongue também o peito e a parte alta das costas.</translation>
    </message>
    <message>
        <source>Sit less: stand and walk</source>
        <translation>Menos tempo sentado: levante-se e caminhe</translation>
    </message>
    <message>
        <source>Break up long sitting with stands, marches and short walks.</source>
        <translation>Interrompa os longos períodos sentado com levantadas, marchas e caminhadas curtas.</translation>
    </message>
    <message>
        <source>Break up sitting</source>
        <translation>Interromper o tempo sentado</translation>
    </message>
    <message>
        <source>Move your legs every break.</source>
        <translation>Mexa as pernas em cada pausa.</translation>
    </message>
    <message>
        <source>Stand and walk</source>
        <translation>Em pé e caminhando</translation>
    </message>
    <message>
        <source>Get up and walk a little every break.</source>
        <translation>Levante-se e caminhe um pouco em cada pausa.</translation>
    </message>
    <message>
        <source>Phase %1 of %2 (%3)</source>
        <translation>Fase %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>%1: day %2 of %3</source>
        <translation>%1: dia %2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: staying, as your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>%1: continua, pois suas manhãs estiveram piores que o normal por %n dia seguido</numerusform>
            <numerusform>%1: continua, pois suas manhãs estiveram piores que o normal por %n dias seguidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: moves on after %n steady mornings in a row (answer the morning question)</source>
        <translation>
            <numerusform>%1: avança depois de %n manhã estável seguida (responda à pergunta da manhã)</numerusform>
            <numerusform>%1: avança depois de %n manhãs estáveis seguidas (responda à pergunta da manhã)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is complete: well done</source>
        <translation>%1 concluído: muito bem!</translation>
    </message>
    <message numerus="yes">
        <source>Next phase, %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>Próxima fase, %1: suas manhãs ficaram iguais ou melhores por %n dia</numerusform>
            <numerusform>Próxima fase, %1: suas manhãs ficaram iguais ou melhores por %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins with %1 discomfort lately</source>
        <translation>
            <numerusform>%n check-in recente com desconforto (%1)</numerusform>
            <numerusform>%n check-ins recentes com desconforto (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checklist items %1</source>
        <translation>
            <numerusform>item da lista %1</numerusform>
            <numerusform>itens da lista %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New trouble passing urine, or losing control of your bladder or bowel</source>
        <translation>Dificuldade nova para urinar, ou perda de controle da bexiga ou do intestino</translation>
    </message>
    <message>
        <source>Numbness between your legs, around your bottom or inner thighs</source>
        <translation>Dormência entre as pernas, ao redor das nádegas ou na parte interna das coxas</translation>
    </message>
    <message>
        <source>Legs that are newly or increasingly weak</source>
        <translation>Pernas com fraqueza nova ou cada vez maior</translation>
    </message>
    <message>
        <source>Back pain together with chest pain</source>
        <translation>Dor nas costas junto com dor no peito</translation>
    </message>
    <message>
        <source>Fever or night sweats along with back pain</source>
        <translation>Febre ou suores noturnos junto com dor nas costas</translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation>Perda de peso que você não consegue explicar</translation>
    </message>
    <message>
        <source>Pain at night that does not ease when you rest</source>
        <translation>Dor à noite que não alivia com descanso</translation>
    </message>
    <message>
        <source>Pain that began with a fall, accident or other hard knock</source>
        <translation>Dor que começou com uma queda, um acidente ou outra pancada forte</translation>
    </message>
    <message>
        <source>Pain shooting down below the knee</source>
        <translation>Dor que desce em choque abaixo do joelho</translation>
    </message>
    <message>
        <source>Numbness or tingling that is spreading</source>
        <translation>Dormência ou formigamento que está se espalhando</translation>
    </message>
    <message>
        <source>Pain that has changed your daily life for more than a week</source>
        <translation>Dor que mudou sua rotina por mais de uma semana</translation>
    </message>
    <message>
        <source>A second or third bout of this pain within a year</source>
        <translation>Uma segunda ou terceira crise desta dor em um ano</translation>
    </message>
    <message>
        <source>Pain that keeps climbing, tingling, numbness or dizziness during an exercise</source>
        <translation>Dor que não para de aumentar, formigamento, dormência ou tontura durante um exercício</translation>
    </message>
    <message>
        <source>Call an ambulance or go to an emergency department now if</source>
        <translation>Chame uma ambulância ou vá a um pronto-socorro agora se</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist in the next few days if</source>
        <translation>Consulte um médico ou fisioterapeuta nos próximos dias se</translation>
    </message>
    <message>
        <source>Stop the exercise, and leave it out until you have asked a clinician, if you notice</source>
        <translation>Pare o exercício e deixe-o de lado até consultar um profissional de saúde, se notar</translation>
    </message>
    <message>
        <source>DeskCoach offers general movement guidance; it cannot tell what causes your pain. Sources: NHS, Back pain (2023).</source>
        <translation>O DeskCoach oferece orientação geral sobre movimento; não consegue dizer o que causa a sua dor. Fontes: NHS, Back pain (2023).</translation>
    </message>
    <message>
        <source>This self-assessment supports, but does not replace, the workstation assessment your employer carries out. Report aches, tingling or eye strain to your manager or assessor.</source>
        <translation>Esta autoavaliação complementa, mas não substitui, a avaliação do posto de trabalho feita pelo seu empregador. Informe dores, formigamentos ou cansaço visual ao seu gestor ou a quem avalia o seu posto.</translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>the report&apos;s fixed words, translated when the report is made</extracomment>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Nada a corrigir.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Feito em %1</translation>
    </message>
    <message>
        <source>Workstation self-assessment</source>
        <translation>Autoavaliação do posto de trabalho</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Posto de trabalho</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Acompanhar até</translation>
    </message>
    <message>
        <source>For the assessor</source>
        <translation>Para o avaliador</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation>Nome do avaliador</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Generated by DeskCoach; the questions are DeskCoach&apos;s own wording, based on the sources above.</source>
        <translation>Gerado pelo DeskCoach; as perguntas foram escritas pelo DeskCoach com base nas fontes acima.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable points fine, %2 to act on</source>
        <translation>
            <numerusform>%1 de %n ponto aplicável em ordem, %2 a resolver</numerusform>
            <numerusform>%1 de %n pontos aplicáveis em ordem, %2 a resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Workstation self-assessment, made with DeskCoach</source>
        <translation>Autoavaliação do posto de trabalho, feita com o DeskCoach</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>Nome não informado</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>Computador de mesa</translation>
    </message>
    <message>
        <source>Laptop on its own</source>
        <translation>Só um notebook</translation>
    </message>
    <message>
        <source>Laptop with separate screen and keyboard</source>
        <translation>Notebook com tela e teclado separados</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Logged %1/10 (%2) at %3.</source>
        <translation>Registrado: %1/10 (%2) às %3.</translation>
    </message>
    <message>
        <source>Logged %1/10 at %2.</source>
        <translation>Registrado: %1/10 às %2.</translation>
    </message>
    <message>
        <source>
Your answer matches a warning sign:</source>
        <translation>
Sua resposta corresponde a um sinal de alerta:</translation>
    </message>
    <message>
        <source>
When to get help</source>
        <translation>
Quando buscar ajuda</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>--days must be a whole number of days from 1 to %1, not %2</source>
        <translation>--days deve ser um número inteiro de dias de 1 a %1, não %2</translation>
    </message>
    <message>
        <source>No check-ins in the last %1 days. `deskcoach checkin --pain N` adds one.</source>
        <translation>Nenhum check-in nos últimos %1 dias. `deskcoach checkin --pain N` adiciona um.</translation>
    </message>
    <message>
        <source>
Plan changes</source>
        <translation>
Mudanças no plano</translation>
    </message>
    <message>
        <source>There is no programme %1; `deskcoach programme list` names them.</source>
        <translation>Não existe o programa %1; `deskcoach programme list` mostra os nomes.</translation>
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
            <numerusform>Fase %1: %2 (%n dia). %3</numerusform>
            <numerusform>Fase %1: %2 (%n dias). %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme stopped; breaks draw from the whole catalogue again.</source>
        <translation>Programa parado; as pausas voltam a usar todo o catálogo.</translation>
    </message>
    <message>
        <source>No programme is running. `deskcoach programme list` shows them.</source>
        <translation>Nenhum programa em andamento. `deskcoach programme list` mostra os programas.</translation>
    </message>
    <message>
        <source>%1: %2, phase %3 (%4).
%5.</source>
        <translation>%1: %2, fase %3 (%4).
%5.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Gravado: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos;. `deskcoach exercises` lists them.</source>
        <translation>Não existe o exercício &apos;%1&apos;. `deskcoach exercises` lista os exercícios.</translation>
    </message>
    <message>
        <source>Dose: %1. About %2 s. Position: %3. Regions: %4.</source>
        <translation>Dose: %1. Cerca de %2 s. Posição: %3. Regiões: %4.</translation>
    </message>
    <message>
        <source>Seated alternative: %1</source>
        <translation>Alternativa sentado: %1</translation>
    </message>
    <message>
        <source>Level %1: %2. %3</source>
        <translation>Nível %1: %2. %3</translation>
    </message>
    <message numerus="yes">
        <source>, %n reps</source>
        <translation>
            <numerusform>, %n repetição</numerusform>
            <numerusform>, %n repetições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n breaths</source>
        <translation>
            <numerusform>, %n respiração</numerusform>
            <numerusform>, %n respirações</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 (%3 s%4)</source>
        <translation>  %1. %2 (%3 s%4)</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Cuidado: %1</translation>
    </message>
    <message>
        <source>Why this dose: %1</source>
        <translation>Por que esta dose: %1</translation>
    </message>
    <message>
        <source>Give one exercise ID or --all.</source>
        <translation>Informe um ID de exercício ou --all.</translation>
    </message>
    <message>
        <source>Could not make %1: %2</source>
        <translation>Não foi possível criar %1: %2</translation>
    </message>
    <message>
        <source>The checklist cannot be used: %1</source>
        <translation>Não é possível usar a lista de verificação: %1</translation>
    </message>
    <message>
        <source>(laptop users)</source>
        <translation>(usuários de notebook)</translation>
    </message>
    <message>
        <source>--assessment takes &apos;latest&apos; or a date like 2026-11-21, not %1</source>
        <translation>--assessment aceita &apos;latest&apos; ou uma data como 2026-11-21, não %1</translation>
    </message>
    <message>
        <source>No completed workstation check found for %1. Choose Checklist... in the DeskCoach menu to do one.</source>
        <translation>Nenhuma avaliação do posto de trabalho concluída foi encontrada para %1. Escolha Lista de verificação... no menu do DeskCoach para fazer uma.</translation>
    </message>
    <message>
        <source>Refused: --format %1 is turned off by your organisation (statistics export); the table and the progress window still show your statistics</source>
        <extracomment>The longest range `stats --days` shows, and the dates it accepts (so no day overflows). `stats` columns, in the table, CSV and JSON alike: `taken` is a count of breaks, and `compliance` the share of due breaks taken (a percentage in the table, 0-1 in CSV/JSON); `eye_breaks` counts the eye micro-breaks shown, apart from the movement breaks. How long `deskcoach import` waits for the running app to import (a million breaks take it about half a minute on a slow machine).</extracomment>
        <translation>Recusado: --format %1 foi desativado pela sua organização (exportação de estatísticas); a tabela e a janela de progresso continuam mostrando suas estatísticas</translation>
    </message>
    <message>
        <source>--summary prints a table or JSON (--format table|json), not CSV</source>
        <translation>--summary mostra uma tabela ou JSON (--format table|json), não CSV</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nada previsto</translation>
    </message>
    <message>
        <source> (%1 points)</source>
        <translation> (%1 pontos)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks taken</source>
        <translation>
            <numerusform>%1 de %n pausa feita</numerusform>
            <numerusform>%1 de %n pausas feitas</numerusform>
        </translation>
    </message>
    <message>
        <source> of due breaks taken%1</source>
        <translation> das pausas previstas feitas%1</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semana passada</translation>
    </message>
    <message numerus="yes">
        <source>%n days at %1 or more</source>
        <translation>
            <numerusform>%n dia com %1 ou mais</numerusform>
            <numerusform>%n dias com %1 ou mais</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: exporting your data is turned off by your organisation</source>
        <translation>Recusado: a exportação dos seus dados foi desativada pela sua organização</translation>
    </message>
    <message>
        <source>Wrote %1 breaks, %2 checklist assessments and your settings to %3</source>
        <translation>%1 pausas, %2 avaliações da lista de verificação e suas configurações gravadas em %3</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Refused, nothing was changed: %1</source>
        <translation>Recusado, nada foi alterado: %1</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>Não foi possível verificar %1: %2</translation>
    </message>
    <message>
        <source>Could not import into %1: %2</source>
        <translation>Não foi possível importar para %1: %2</translation>
    </message>
    <message>
        <source>DeskCoach: %1</source>
        <translation>DeskCoach: %1</translation>
    </message>
    <message>
        <source>DeskCoach is not running. Start it with `deskcoach` (or `deskcoach run`).</source>
        <translation>O DeskCoach não está em execução. Inicie-o com `deskcoach` (ou `deskcoach run`).</translation>
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
            <numerusform>Programa: %1, semana %2 de um programa de %n semana, fase %3 (%4)</numerusform>
            <numerusform>Programa: %1, semana %2 de um programa de %n semanas, fase %3 (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabalhando</translation>
    </message>
    <message>
        <source>Break about to start</source>
        <translation>Pausa prestes a começar</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Em uma pausa</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n feita</numerusform>
            <numerusform>%n feitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks (time away)</source>
        <translation>
            <numerusform>%n pausa natural (tempo fora)</numerusform>
            <numerusform>%n pausas naturais (tempo fora)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n pulada</numerusform>
            <numerusform>%n puladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n adiada</numerusform>
            <numerusform>%n adiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n perdida</numerusform>
            <numerusform>%n perdidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eye breaks</source>
        <translation>
            <numerusform>%n pausa para os olhos</numerusform>
            <numerusform>%n pausas para os olhos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On a break: %n s left.</source>
        <translation>
            <numerusform>Em uma pausa: falta %n s.</numerusform>
            <numerusform>Em uma pausa: faltam %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused until %1.</source>
        <translation>Pausado até %1.</translation>
    </message>
    <message>
        <source>Work timer stopped (the screen is locked) with %1 to the next break.</source>
        <translation>Cronômetro de trabalho parado (a tela está bloqueada), faltando %1 para a próxima pausa.</translation>
    </message>
    <message>
        <source>Work timer stopped (you are away) with %1 to the next break.</source>
        <translation>Cronômetro de trabalho parado (você está ausente), faltando %1 para a próxima pausa.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: next break at %2 (in %n s).</source>
        <translation>
            <numerusform>%1: próxima pausa às %2 (em %n s).</numerusform>
            <numerusform>%1: próxima pausa às %2 (em %n s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoje: %1</translation>
    </message>
    <message>
        <source>Refused: &apos;avoid_exercises&apos; names no exercise %1 (`deskcoach exercises` lists them)</source>
        <translation>Recusado: &apos;avoid_exercises&apos; cita um exercício que não existe: %1 (`deskcoach exercises` lista os exercícios)</translation>
    </message>
    <message>
        <source>%1 = %2 (applied to the running DeskCoach)</source>
        <translation>%1 = %2 (aplicado ao DeskCoach em execução)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>%1 = %2 (saved; DeskCoach is not running)</source>
        <translation>%1 = %2 (salvo; o DeskCoach não está em execução)</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: não é uma pasta</translation>
    </message>
    <message>
        <source>%1: no policy files (policy.json, managed/*.json, recommended/*.json)</source>
        <translation>%1: nenhum arquivo de política (policy.json, managed/*.json, recommended/*.json)</translation>
    </message>
    <message>
        <source>Trying the policy folder %1: DeskCoach itself reads only the system&apos;s policy (see `deskcoach policy show`).</source>
        <translation>Testando a pasta de políticas %1: o próprio DeskCoach lê apenas a política do sistema (veja `deskcoach policy show`).</translation>
    </message>
    <message>
        <source>%1 %2 read from: %3</source>
        <translation>%1 %2 lido de: %3</translation>
    </message>
    <message>
        <source>%1 %2 looked in: %3</source>
        <translation>%1 %2 procurado em: %3</translation>
    </message>
    <message>
        <source>%1 %2 control socket: %3</source>
        <translation>%1 %2 socket de controle: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: não pode ser lido (%2)</translation>
    </message>
    <message>
        <source>%1: not a valid TOML file (%2)</source>
        <translation>%1: não é um arquivo TOML válido (%2)</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: válido</translation>
    </message>
    <message>
        <source>daily anchors are at most %1 characters</source>
        <translation>as âncoras diárias têm no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>cannot read %1: write a name and a time, e.g. &apos;coffee 08:30, lunch 12:30&apos;</source>
        <translation>não foi possível ler %1: escreva um nome e um horário, ex.: &apos;coffee 08:30, lunch 12:30&apos;</translation>
    </message>
    <message>
        <source>%1: the time must be 00:00-23:59</source>
        <translation>%1: o horário deve estar entre 00:00 e 23:59</translation>
    </message>
    <message>
        <source>at most %1 daily anchors</source>
        <translation>no máximo %1 âncoras diárias</translation>
    </message>
    <message>
        <source>two anchors at the same time; give each its own</source>
        <translation>duas âncoras no mesmo horário; dê a cada uma o seu</translation>
    </message>
    <message>
        <source>it is outside your working hours: DeskCoach starts again when they begin (change working_hours to work now)</source>
        <translation>você está fora do seu horário de trabalho: o DeskCoach recomeça quando ele começar (altere working_hours para trabalhar agora)</translation>
    </message>
    <message>
        <source>there is no break on screen to finish</source>
        <translation>não há pausa na tela para concluir</translation>
    </message>
    <message>
        <source>there is no break to snooze right now</source>
        <translation>não há pausa para adiar agora</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>o modo rígido está ativado: as pausas não podem ser adiadas</translation>
    </message>
    <message>
        <source>this break cannot be snoozed again (limit: %1 per break)</source>
        <translation>esta pausa não pode ser adiada de novo (limite: %1 por pausa)</translation>
    </message>
    <message>
        <source>DeskCoach is paused: there is no break to skip</source>
        <translation>o DeskCoach está pausado: não há pausa para pular</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>o modo rígido está ativado: as pausas não podem ser puladas</translation>
    </message>
    <message>
        <source>no skips left today (daily budget: %1)</source>
        <translation>você não pode pular mais pausas hoje (limite diário: %1)</translation>
    </message>
    <message>
        <source>a pause must end in the future</source>
        <translation>o fim do tempo pausado deve estar no futuro</translation>
    </message>
    <message>
        <source>a pause cannot be negative (%1): use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <extracomment>&quot;Pause until tomorrow&quot; resumes at this local time on the next morning.</extracomment>
        <translation>o tempo pausado não pode ser negativo (%1): use, por ex., 30m, 1h, 1h30m ou tomorrow</translation>
    </message>
    <message>
        <source>cannot read pause length %1: use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <translation>não foi possível ler o tempo pausado %1: use, por ex., 30m, 1h, 1h30m ou tomorrow</translation>
    </message>
    <message>
        <source>pause length %1 is outside 1m-24h</source>
        <translation>o tempo pausado %1 está fora do intervalo 1m-24h</translation>
    </message>
    <message>
        <source>working hours are at most %1 characters</source>
        <translation>o horário de trabalho tem no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>cannot read %1: write days then hours, e.g. &apos;mon-fri 08:30-17:30&apos;</source>
        <translation>não foi possível ler %1: escreva os dias e depois os horários, ex.: &apos;mon-fri 08:30-17:30&apos;</translation>
    </message>
    <message>
        <source>working hours overlap on a day; list each time once</source>
        <translation>o horário de trabalho se sobrepõe num dia; informe cada horário uma só vez</translation>
    </message>
    <message>
        <source>%1 is not a day or day range (use mon..sun, e.g. mon-fri)</source>
        <translation>%1 não é um dia nem um intervalo de dias (use mon..sun, ex.: mon-fri)</translation>
    </message>
    <message>
        <source>%1: a day range runs forward, e.g. mon-fri</source>
        <translation>%1: um intervalo de dias vai para a frente, ex.: mon-fri</translation>
    </message>
    <message>
        <source>%1 is not a time range like 08:30-12:30</source>
        <translation>%1 não é um intervalo de horário como 08:30-12:30</translation>
    </message>
    <message>
        <source>%1: a range must end after it starts, within one day</source>
        <translation>%1: um intervalo deve terminar depois de começar, dentro do mesmo dia</translation>
    </message>
    <message>
        <source>Pain or discomfort as the user rated it, 0 (none) to 10 (worst). Written by DeskCoach, which gives general movement guidance and does not diagnose.</source>
        <translation>Dor ou desconforto conforme avaliado pelo usuário, de 0 (nenhum) a 10 (o pior). Gerado pelo DeskCoach, que oferece orientação geral sobre movimento e não faz diagnósticos.</translation>
    </message>
    <message>
        <source>Pain and exercise log</source>
        <translation>Registro de dor e exercícios</translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation>Média semanal</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Average (0-10)</source>
        <translation>Média (0-10)</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation>Mudanças no plano</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dor</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>after break</source>
        <translation>após pausa</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>manhã</translation>
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
        <translation>Ainda não há check-ins.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Ainda não há mudanças.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · %n check-ins · Programme: %3</source>
        <translation>
            <numerusform>%1 a %2 · %n check-in · Programa: %3</numerusform>
            <numerusform>%1 a %2 · %n check-ins · Programa: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins (the latest %1; %n older ones in the CSV export)</source>
        <translation>
            <numerusform>Check-ins (os %1 mais recentes; %n anterior na exportação CSV)</numerusform>
            <numerusform>Check-ins (os %1 mais recentes; %n anteriores na exportação CSV)</numerusform>
        </translation>
    </message>
    <message>
        <source>standing</source>
        <extracomment>each position in words, translated where shown</extracomment>
        <translation>em pé</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>sentado</translation>
    </message>
    <message>
        <source>seated or standing</source>
        <translation>sentado ou em pé</translation>
    </message>
    <message>
        <source>Stop if it hurts, tingles, goes numb, spreads into an arm or leg, or makes you dizzy.</source>
        <translation>Pare se doer, formigar, ficar dormente, se espalhar para um braço ou uma perna, ou der tontura.</translation>
    </message>
    <message>
        <source>DeskCoach is already running; its icon is in the system tray.</source>
        <translation>O DeskCoach já está em execução; o ícone dele está na bandeja do sistema.</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; %4 breaks the limit (%5, from %6); using %7</source>
        <translation>%1: %2: &apos;%3&apos; %4 ultrapassa o limite (%5, de %6); usando %7</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by your organisation</source>
        <translation>&apos;%1&apos; é definido pela sua organização</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must stay on (limit set by your organisation)</source>
        <translation>&apos;%1&apos; deve continuar ligado (limite definido pela sua organização)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may be at most %2 (limit set by your organisation)</source>
        <translation>&apos;%1&apos; pode ser no máximo %2 (limite definido pela sua organização)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at least %2 (limit set by your organisation)</source>
        <translation>&apos;%1&apos; deve ser pelo menos %2 (limite definido pela sua organização)</translation>
    </message>
    <message>
        <source>your settings: %1; ignored</source>
        <translation>suas configurações: %1; ignorado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 (%3) is limited by your organisation to %4</source>
        <translation>&apos;%1&apos; %2 (%3) é limitado pela sua organização a %4</translation>
    </message>
    <message>
        <source>%1: a policy must be an object of sections (%2), not %3</source>
        <translation>%1: uma política deve ser um objeto de seções (%2), não %3</translation>
    </message>
    <message>
        <source>&apos;version&apos; is missing; reading it as version %1</source>
        <translation>&apos;version&apos; está faltando; lendo como versão %1</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object of setting: value, not %3</source>
        <translation>%1: &apos;%2&apos; deve ser um objeto de configuração: valor, não %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs inside &apos;mandatory&apos;; ignored</source>
        <translation>&apos;%1&apos; deve ficar dentro de &apos;mandatory&apos;; ignorado</translation>
    </message>
    <message>
        <source>unknown section %1 (known: %2); ignored</source>
        <translation>seção desconhecida %1 (conhecidas: %2); ignorada</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be %1, not %2; reading it as version %1</source>
        <translation>&apos;version&apos; deve ser %1, não %2; lendo como versão %1</translation>
    </message>
    <message>
        <source>&apos;version&apos; is %1, newer than this DeskCoach understands (%2); known entries are used</source>
        <translation>&apos;version&apos; é %1, mais nova do que este DeskCoach entende (%2); as entradas conhecidas são usadas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; are only allowed in mandatory policy; ignored</source>
        <translation>&apos;%1&apos; só são permitidos na política obrigatória; ignorado</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1; ignorado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object, not %2; ignored</source>
        <translation>&apos;%1&apos; deve ser um objeto, não %2; ignorado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be limited (limits exist for: %2); ignored</source>
        <translation>&apos;%1&apos; não pode ser limitado (existem limites para: %2); ignorado</translation>
    </message>
    <message>
        <source>unknown setting %1; ignored</source>
        <translation>configuração desconhecida %1; ignorada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; false has no effect (a limit can only require it to be on; to switch it off for everyone, set it in mandatory)</source>
        <translation>&apos;%1&apos; false não tem efeito (um limite só pode exigir que esteja ligado; para desligar para todos, defina em mandatory)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true (it must be on), not %2; ignored</source>
        <translation>&apos;%1&apos; deve ser true (deve estar ligado), não %2; ignorado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3; ignored</source>
        <translation>&apos;%1&apos; deve ser %2, não %3; ignorado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes only a &apos;%2&apos; limit (a limit may only make settings stricter), not %3; ignored</source>
        <translation>&apos;%1&apos; aceita só um limite &apos;%2&apos; (um limite só pode tornar as configurações mais rígidas), não %3; ignorado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 must be a whole number (%3), not %4; ignored</source>
        <translation>&apos;%1&apos; %2 deve ser um número inteiro (%3), não %4; ignorado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 (%4) is no limit; ignored</source>
        <translation>&apos;%1&apos; %2 %3 (%4) não é um limite; ignorado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 is outside %4; using %5</source>
        <translation>&apos;%1&apos; %2 %3 está fora de %4; usando %5</translation>
    </message>
    <message>
        <source>unknown feature %1 (known: %2); ignored</source>
        <translation>recurso desconhecido %1 (conhecidos: %2); ignorado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2; ignored</source>
        <translation>&apos;%1&apos; deve ser true ou false, não %2; ignorado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 contradicts mandatory &apos;%1&apos; %3; using %3</source>
        <translation>&apos;%1&apos; %2 contradiz o valor obrigatório &apos;%1&apos; %3; usando %3</translation>
    </message>
    <message>
        <source>%1: written by a newer DeskCoach (schema %2, this one knows %3); it is left untouched and this session&apos;s breaks are kept in memory only</source>
        <translation>%1: gravado por um DeskCoach mais novo (esquema %2, este conhece %3); ele não é alterado e as pausas desta sessão ficam só na memória</translation>
    </message>
    <message>
        <source>Break history could not be saved to %1 (%2). The breaks saved there are left as they are; this session&apos;s breaks are kept in memory and saved there as soon as it can be written again (DeskCoach retries every minute).</source>
        <translation>Não foi possível salvar o histórico de pausas em %1 (%2). As pausas já salvas lá ficam como estão; as desta sessão ficam na memória e serão gravadas lá assim que for possível (o DeskCoach tenta de novo a cada minuto).</translation>
    </message>
    <message>
        <source>%1: damaged (%2); it was moved to %3 and a fresh history started. To recover, quit DeskCoach and try `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</source>
        <translation>%1: danificado (%2); foi movido para %3 e um histórico novo foi iniciado. Para recuperar, encerre o DeskCoach e tente `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</translation>
    </message>
    <message>
        <source>%1: cannot be used (%2); breaks are kept in memory only this session</source>
        <translation>%1: não pode ser usado (%2); nesta sessão as pausas ficam só na memória</translation>
    </message>
    <message>
        <source>%1: not a readable JSON file (%2)</source>
        <extracomment>Each section as exported: its query, and the columns that hold JSON text.
----------
The staged columns of each section: the stored ones, then what the last checks need. Breaks looked up in the history at once, to find those it holds already. The page cache while importing (the history&apos;s own is 512 KiB): a million random look-ups in the uid index need the index in memory. Bounded, and put back afterwards.</extracomment>
        <translation>%1: não é um arquivo JSON legível (%2)</translation>
    </message>
    <message>
        <source>%1: not a DeskCoach export (&apos;format&apos; must be %2)</source>
        <extracomment>How far ahead of this computer&apos;s clock a recorded time may be (the other one&apos;s was fast). No record is older: clocks that lost their time restart at 1970, never before. How far a break may fall due from when it ended (skipping the next break ahead records a due time in the future; a long sleep one in the past).</extracomment>
        <translation>%1: não é uma exportação do DeskCoach (&apos;format&apos; deve ser %2)</translation>
    </message>
    <message>
        <source>%1: settings: %2</source>
        <translation>%1: configurações: %2</translation>
    </message>
    <message>
        <source>%1: &apos;format_version&apos; is %2; this DeskCoach reads 1-%3</source>
        <translation>%1: &apos;format_version&apos; é %2; este DeskCoach lê 1-%3</translation>
    </message>
    <message>
        <source>is %1, more than %2 days from its end (%3)</source>
        <translation>é %1, mais de %2 dias depois do fim (%3)</translation>
    </message>
    <message>
        <source>(%1) is before started (%2)</source>
        <translation>(%1) é antes do início (%2)</translation>
    </message>
    <message>
        <source>must be a list of exercise ids</source>
        <translation>deve ser uma lista de ids de exercícios</translation>
    </message>
    <message>
        <source>(%1) is before its break ended (%2.ended %3)</source>
        <translation>(%1) é antes do fim da pausa (%2.ended %3)</translation>
    </message>
    <message>
        <source>%1 is not among its break&apos;s exercises (%2.exercises)</source>
        <translation>%1 não está entre os exercícios da pausa (%2.exercises)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>deve ser um texto</translation>
    </message>
    <message>
        <source>must map item ids to %1</source>
        <translation>deve associar ids de itens a %1</translation>
    </message>
    <message>
        <source>names %1, not a checklist item</source>
        <translation>cita %1, que não é um item da lista de verificação</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object</source>
        <translation>%1: &apos;%2&apos; deve ser um objeto</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation>%1: &apos;%2&apos; deve ser uma lista</translation>
    </message>
    <message>
        <source>%1: %2[%3] must be an object</source>
        <translation>%1: %2[%3] deve ser um objeto</translation>
    </message>
    <message>
        <source>must be a text of 1-200 characters</source>
        <translation>deve ser um texto de 1-200 caracteres</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve ser um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>deve ser um de %1</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with its UTC offset</source>
        <translation>deve ser um horário ISO 8601 com o seu deslocamento UTC</translation>
    </message>
    <message>
        <source>is %1, before %2</source>
        <translation>é %1, antes de %2</translation>
    </message>
    <message>
        <source>is %1, in the future (this computer&apos;s clock says %2)</source>
        <translation>é %1, no futuro (o relógio deste computador diz %2)</translation>
    </message>
    <message>
        <source>(%1) is before %2 (%3)</source>
        <translation>(%1) é antes de %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 appears twice</source>
        <translation>%1: %2 aparece duas vezes</translation>
    </message>
    <message>
        <source>a check-in&apos;s time must carry its UTC offset</source>
        <extracomment>after_break: the 10-second question after a break; morning: the first break of the day (&quot;how is it this morning?&quot;); weekly: the body map; manual: `deskcoach checkin`. At or under this during and after exercise is fine (&quot;a mild ache&quot;); above it is too much.</extracomment>
        <translation>o horário de um check-in deve trazer o seu deslocamento UTC</translation>
    </message>
    <message>
        <source>pain must be a whole number from 0 to %1, not %2</source>
        <translation>a dor deve ser um número inteiro de 0 a %1, não %2</translation>
    </message>
    <message>
        <source>kind is %1, allowed: %2</source>
        <translation>o tipo é %1; permitido: %2</translation>
    </message>
    <message>
        <source>region is %1, allowed: %2</source>
        <translation>a região é %1; permitido: %2</translation>
    </message>
    <message>
        <source>the note is one line of at most %1 characters</source>
        <translation>a observação é uma linha de no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>Your answer matches a warning sign:</source>
        <translation>Sua resposta corresponde a um sinal de alerta:</translation>
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
            <numerusform>semana %1 de um programa de %n semana</numerusform>
            <numerusform>semana %1 de um programa de %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: the number, then the sign as the language writes it</comment>
        <translation>%1%</translation>
    </message>
</context>
</TS>
