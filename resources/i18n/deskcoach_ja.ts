<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>A break is waiting</source>
        <extracomment>The rest of starting waits this long after the icon is shown: the event loop goes idle, so the dock request reaches the tray host and the icon is placed before the scheduler, content and detectors load (run at once, they kept the request unsent for 50-100 ms).</extracomment>
        <translation>休憩が待機しています</translation>
    </message>
    <message>
        <source>Your break has waited %1 minutes for a meeting or full-screen app. Take it when you can; it appears as soon as you are done.</source>
        <translation>会議や全画面アプリのため、休憩を %1 分間待機しています。都合のよい時に取ってください。作業が終わればすぐに表示されます。</translation>
    </message>
    <message>
        <source>DeskCoach workstation check</source>
        <translation>DeskCoach 作業環境チェック</translation>
    </message>
    <message>
        <source>DeskCoach: some files could not be used</source>
        <translation>DeskCoach：一部のファイルを使用できませんでした</translation>
    </message>
    <message>
        <source>The workstation checklist could not be loaded.</source>
        <translation>作業環境チェックリストを読み込めませんでした。</translation>
    </message>
    <message>
        <source>DeskCoach cannot open its control socket: %1.</source>
        <translation>DeskCoach は制御ソケットを開けません：%1。</translation>
    </message>
    <message>
        <source>DeskCoach is already running for this profile.</source>
        <translation>このプロファイルの DeskCoach はすでに実行中です。</translation>
    </message>
    <message>
        <source>%1, step %2 of %3: %4</source>
        <translation>%1、ステップ %2/%3：%4</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1: five minutes for your body</source>
        <translation>%1：体のための5分間</translation>
    </message>
    <message>
        <source>%1. Click here to start.</source>
        <translation>%1。クリックして開始します。</translation>
    </message>
    <message>
        <source>Stand up, reach both arms overhead, and take 10 slow breaths.</source>
        <translation>立ち上がって両腕を頭上に伸ばし、ゆっくり10回呼吸します。</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK</source>
        <translation>運動休憩</translation>
    </message>
    <message>
        <source>Time to move</source>
        <translation>体を動かす時間です</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>やること</translation>
    </message>
    <message>
        <source>Break progress</source>
        <translation>休憩の進み具合</translation>
    </message>
    <message>
        <source>The timer waits while you keep working; step away to let it run.</source>
        <translation>作業を続けている間、タイマーは待機します。席を離れると進みます。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <source>Done: finish the break now</source>
        <translation>完了：休憩を今すぐ終える</translation>
    </message>
    <message>
        <source>S&amp;wap exercise</source>
        <translation>運動を入れ替える(&amp;W)</translation>
    </message>
    <message>
        <source>Swap this exercise for another</source>
        <translation>この運動を別の運動に入れ替えます</translation>
    </message>
    <message>
        <source>Exercise &amp;info</source>
        <translation>運動の説明(&amp;I)</translation>
    </message>
    <message>
        <source>This exercise&apos;s cautions and who should leave it out</source>
        <translation>この運動の注意点と、行わないほうがよい人</translation>
    </message>
    <message>
        <source>When to get &amp;help</source>
        <translation>受診の目安(&amp;H)</translation>
    </message>
    <message>
        <source>BEFORE YOUR FIRST MOVEMENT BREAK</source>
        <translation>初めての運動休憩の前に</translation>
    </message>
    <message>
        <source>Move gently, and listen to your body</source>
        <translation>やさしく動き、体の声に耳を傾けましょう</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>安全上の注意</translation>
    </message>
    <message>
        <source>&amp;I understand, show the exercises</source>
        <translation>理解しました。運動を表示(&amp;I)</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice.

Move within a comfortable range and never bounce. Stop if a movement hurts, tingles, goes numb, sends symptoms into an arm or leg, makes you dizzy or makes pain worse.

Get emergency care now for loss of bladder or bowel control, numbness around the genitals or buttocks, new weakness in the legs, or chest pain. See a doctor or physiotherapist before going on if pain spreads below the knee, wakes you at night or keeps getting worse, and after recent surgery or injury, or during pregnancy.

&quot;When to get help&quot; (below, and in the tray menu) lists every sign.</source>
        <translation>DeskCoach が提案するのは、やさしく一般的な運動です。医学的な助言ではありません。

楽に動かせる範囲で動き、反動は決してつけないでください。動きで痛む、ピリピリする、しびれる、腕や脚に症状が広がる、めまいがする、痛みが悪化する場合は中止してください。

排尿や排便がコントロールできない、陰部やお尻の周りのしびれ、新たな脚の力の低下、胸の痛みがある場合は、すぐに救急医療を受けてください。痛みがひざより下に広がる、夜中に痛みで目が覚める、痛みが悪化し続ける場合、また最近の手術やけがの後、妊娠中は、続ける前に医師か理学療法士に相談してください。

「受診の目安」（下記、およびトレイメニュー）にすべての兆候が載っています。</translation>
    </message>
    <message>
        <source>Breath %1 of %2</source>
        <translation>呼吸 %1/%2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>%1/%2 回目</translation>
    </message>
    <message>
        <source>Hold %1 s</source>
        <translation>%1 秒キープ</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>BREAK DONE</source>
        <translation>休憩完了</translation>
    </message>
    <message>
        <source>Nice work. How did that feel?</source>
        <translation>お疲れさまでした。いかがでしたか？</translation>
    </message>
    <message>
        <source>One tap helps DeskCoach pick exercises that suit you. Uncomfortable? A short question then asks which exercise.</source>
        <translation>ワンタップで、DeskCoach があなたに合う運動を選びやすくなります。つらかった場合は、続けてどの運動だったかを短くお聞きします。</translation>
    </message>
    <message>
        <source>Felt &amp;good</source>
        <translation>よかった(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Neutral</source>
        <translation>ふつう(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Uncomfortable</source>
        <translation>つらかった(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Thanks for telling DeskCoach</source>
        <extracomment>The break window is built this many real seconds before a break falls due, so it shows at once then (building it, with the figure and its stylesheets, takes 50-100 ms); not sooner, so an idle app does not carry it for the whole work stretch.</extracomment>
        <translation>お知らせいただきありがとうございます</translation>
    </message>
    <message>
        <source>If discomfort keeps coming back, a quick workstation check can help: Checklist... in the menu. See a clinician about pain that persists.</source>
        <translation>不快感が繰り返し出る場合は、作業環境の簡単なチェックが役立ちます：メニューの「チェックリスト...」。痛みが続く場合は医療者に相談してください。</translation>
    </message>
    <message>
        <source>DeskCoach - time to move</source>
        <translation>DeskCoach - 体を動かす時間です</translation>
    </message>
    <message>
        <source>Movement break</source>
        <translation>運動休憩</translation>
    </message>
    <message>
        <source>Look at something far away and breathe easily until the break ends.</source>
        <translation>遠くを見て、休憩が終わるまで楽に呼吸してください。</translation>
    </message>
    <message numerus="yes">
        <source>S&amp;nooze %n min</source>
        <translation>
            <numerusform>%n 分スヌーズ(&amp;N)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze the break for %n minutes</source>
        <translation>
            <numerusform>休憩を %n 分スヌーズします</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break. Before it starts: %1</source>
        <translation>運動休憩。始める前に：%1</translation>
    </message>
    <message>
        <source>Movement break: %1. %2</source>
        <translation>運動休憩：%1。%2</translation>
    </message>
    <message>
        <source>MOVEMENT BREAK  ·  EXERCISE %1 OF %2</source>
        <translation>運動休憩 · 運動 %1/%2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2：%3</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Skip (%n left today)</source>
        <translation>
            <numerusform>スキップ(&amp;S)（今日はあと %n 回）</numerusform>
        </translation>
    </message>
    <message>
        <source>Point at a period for its figures.</source>
        <translation>期間を指すと数値が表示されます。</translation>
    </message>
    <message>
        <source>Details of the period under the pointer</source>
        <translation>ポインターの下にある期間の詳細</translation>
    </message>
    <message>
        <source>Breaks, share taken and longest stretch per period</source>
        <translation>期間ごとの休憩数、取得率、最長連続作業時間</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Taken (%)</source>
        <translation>取得率（%）</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Skipped and missed breaks by weekday and hour</source>
        <translation>曜日・時間帯別のスキップした休憩と逃した休憩</translation>
    </message>
    <message>
        <source>When breaks get skipped or missed</source>
        <translation>休憩がスキップされたり逃したりする時間帯</translation>
    </message>
    <message>
        <source>Skipped or missed</source>
        <translation>スキップまたは逃した休憩</translation>
    </message>
    <message>
        <source>* %1 is not over yet: its figures so far.</source>
        <translation>* %1 はまだ終わっていません：現時点の数値です。</translation>
    </message>
    <message>
        <source>Share of due breaks taken; dashed: your %1 goal; no dot: nothing due</source>
        <translation>予定された休憩のうち取った割合。破線：目標の %1、点なし：予定なし</translation>
    </message>
    <message>
        <source>Longest time without a break; dashed: your %1 min interval</source>
        <translation>休憩なしで続いた最長時間。破線：設定した間隔 %1 分</translation>
    </message>
    <message>
        <source>Hour the break fell due</source>
        <translation>休憩の予定時刻（時）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and day of month</comment>
        <translation>%2日（%1）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month</comment>
        <translation>%2%1日</translation>
    </message>
    <message>
        <source>Your plan changed</source>
        <translation>プランが変更されました</translation>
    </message>
    <message>
        <source>How does it feel now?</source>
        <translation>今の感じはいかがですか？</translation>
    </message>
    <message>
        <source>Pain or discomfort from 0 (none) to 10 (the worst). Up to 3 is fine; DeskCoach paces each exercise by your answers.</source>
        <translation>痛みや不快感を 0（なし）から 10（最悪）で。3 までは問題ありません。DeskCoach は回答に合わせて各運動のペースを決めます。</translation>
    </message>
    <message>
        <source>How did your body feel when you got up today?</source>
        <translation>今日起きた時、体の感じはどうでしたか？</translation>
    </message>
    <message>
        <source>0 is no pain or stiffness, 10 the worst. Your mornings decide when an exercise gets harder or easier.</source>
        <translation>0 は痛みやこわばりなし、10 は最悪です。朝の状態によって、運動を難しくするか易しくするかが決まります。</translation>
    </message>
    <message>
        <source>Which places ached this week?</source>
        <translation>今週痛んだのはどこですか？</translation>
    </message>
    <message>
        <source>Tick each one, then pick how bad it was at worst (0-10). Nothing ached? Pick 0.</source>
        <translation>該当する部位にチェックを入れ、いちばんひどい時の程度（0〜10）を選んでください。どこも痛まなかった場合は 0 を選びます。</translation>
    </message>
    <message>
        <source>DeskCoach check-in</source>
        <extracomment>answers: one (pain, region or &quot;&quot;, exercise or &quot;&quot;) per check-in; kind; free-text note</extracomment>
        <translation>DeskCoach チェックイン</translation>
    </message>
    <message>
        <source>The whole break</source>
        <translation>休憩全体</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>対象(&amp;A)</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>部位（任意）</translation>
    </message>
    <message>
        <source>Anywhere / in general</source>
        <translation>特定の部位なし / 全体</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>部位(&amp;W)</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>痛み %1/10</translation>
    </message>
    <message>
        <source>Anything else, such as numbness or tingling? (optional)</source>
        <translation>しびれやピリピリ感など、ほかに何かありますか？（任意）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>DeskCoach</source>
        <translation>DeskCoach</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>回答を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>%1 にエクスポートできませんでした：%2</translation>
    </message>
    <message>
        <source>Workstation check exported</source>
        <translation>作業環境チェックをエクスポートしました</translation>
    </message>
    <message numerus="yes">
        <source>%n workstation actions to follow up: %1</source>
        <translation>
            <numerusform>対応が必要な作業環境の項目 %n 件：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has been %n months since your workstation check. A fresh one takes five minutes: Checklist... in the DeskCoach menu.</source>
        <translation>
            <numerusform>前回の作業環境チェックから %n か月が経ちました。改めてのチェックは5分で終わります：DeskCoach メニューの「チェックリスト...」。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for a workstation check: choose Checklist... in the DeskCoach menu. It takes about five minutes.</source>
        <translation>作業環境チェックの時期です。DeskCoach メニューの「チェックリスト...」を選んでください。5分ほどで終わります。</translation>
    </message>
    <message>
        <source>DeskCoach - workstation check</source>
        <translation>DeskCoach - 作業環境チェック</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>タイミング</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>exercise ids</source>
        <translation>運動 ID</translation>
    </message>
    <message>
        <source>a list of up to %1 of: %2</source>
        <translation>次のうち最大 %1 個のリスト：%2</translation>
    </message>
    <message>
        <source>neck</source>
        <extracomment>each region in words, for sentences (&quot;neck, upper back&quot;); translated where shown</extracomment>
        <translation>首</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>背中の上部</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>肩</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>胸</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>腰</translation>
    </message>
    <message>
        <source>hips</source>
        <translation>股関節</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>脚</translation>
    </message>
    <message>
        <source>legs&apos; circulation</source>
        <extracomment>clearer on its own as a box to tick than the word the sentences use</extracomment>
        <translation>脚の血流</translation>
    </message>
    <message>
        <source>wrists and hands</source>
        <translation>手首と手</translation>
    </message>
    <message>
        <source>circulation</source>
        <translation>血流</translation>
    </message>
    <message>
        <source>eyes</source>
        <translation>目</translation>
    </message>
    <message>
        <source>breathing</source>
        <translation>呼吸</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>全身</translation>
    </message>
    <message>
        <source>Work interval</source>
        <translation>作業時間</translation>
    </message>
    <message>
        <source>Minutes of work between breaks; 30-45 is recommended.</source>
        <translation>休憩と休憩の間の作業時間（分）。30〜45 分がおすすめです。</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>休憩の長さ</translation>
    </message>
    <message>
        <source>How long each movement break lasts.</source>
        <translation>運動休憩1回の長さ。</translation>
    </message>
    <message>
        <source>Notice before a break</source>
        <translation>休憩前のお知らせ</translation>
    </message>
    <message>
        <source>How early the tray warns that a break is coming (0 = no notice).</source>
        <translation>休憩が近いことをトレイが知らせるタイミング（0 = 知らせない）。</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation>スヌーズの長さ</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>スヌーズで休憩を延ばす時間。</translation>
    </message>
    <message>
        <source>Putting breaks off</source>
        <translation>休憩の先送り</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <translation>休憩ごとのスヌーズ回数</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>1回の休憩をスヌーズできる回数。</translation>
    </message>
    <message>
        <source>Skips per day</source>
        <translation>1日のスキップ回数</translation>
    </message>
    <message>
        <source>How many breaks may be skipped each day.</source>
        <translation>1日にスキップできる休憩の数。</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>厳格モード</translation>
    </message>
    <message>
        <source>Breaks cannot be skipped or snoozed.</source>
        <translation>休憩のスキップやスヌーズができなくなります。</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>サウンド</translation>
    </message>
    <message>
        <source>Play a soft cue when a break starts and when it ends (never while a meeting holds breaks).</source>
        <translation>休憩の開始時と終了時に控えめな合図を鳴らします（会議で休憩が待機している間は鳴らしません）。</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Start DeskCoach when you log in.</source>
        <translation>ログイン時に DeskCoach を起動します。</translation>
    </message>
    <message>
        <source>Reduced motion</source>
        <translation>動きを減らす</translation>
    </message>
    <message>
        <source>Show still key poses instead of animations.</source>
        <translation>アニメーションの代わりに、主要なポーズを静止画で表示します。</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>運動</translation>
    </message>
    <message>
        <source>Seated only</source>
        <translation>座ってできる運動のみ</translation>
    </message>
    <message>
        <source>Only suggest exercises that can be done sitting down.</source>
        <translation>座ったままできる運動だけを提案します。</translation>
    </message>
    <message>
        <source>Back movements</source>
        <translation>背中の動き</translation>
    </message>
    <message>
        <source>Leave out forward bends (flexion) or backward bends (extension) if one of them does not feel good.</source>
        <translation>前屈（屈曲）または後ろへの反らし（伸展）のどちらかが合わない場合は、その動きを除外します。</translation>
    </message>
    <message>
        <source>Regions to leave out</source>
        <translation>除外する部位</translation>
    </message>
    <message>
        <source>Body regions DeskCoach should not suggest exercises for.</source>
        <translation>DeskCoach が運動を提案しない体の部位。</translation>
    </message>
    <message>
        <source>Exercises to leave out</source>
        <translation>除外する運動</translation>
    </message>
    <message>
        <source>Exercises DeskCoach should never suggest.</source>
        <translation>DeskCoach が決して提案しない運動。</translation>
    </message>
    <message>
        <source>Away after</source>
        <translation>離席とみなすまで</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse after which the work timer stops; coming back after at least a break&apos;s length counts as a natural break.</source>
        <translation>キーボードやマウスの操作がなくなってから作業タイマーが止まるまでの時間（分）。休憩の長さ以上たってから戻ると、自然な休憩として数えます。</translation>
    </message>
    <message>
        <source>Smart timing</source>
        <translation>スマートタイミング</translation>
    </message>
    <message>
        <source>Wait for full-screen apps</source>
        <translation>全画面アプリを待つ</translation>
    </message>
    <message>
        <source>Hold a break while a full-screen app or presentation is in front.</source>
        <translation>全画面アプリやプレゼンテーションが前面にある間は休憩を待機させます。</translation>
    </message>
    <message>
        <source>Wait for meetings</source>
        <translation>会議を待つ</translation>
    </message>
    <message>
        <source>Hold a break while another app uses the camera or microphone.</source>
        <translation>他のアプリがカメラやマイクを使っている間は休憩を待機させます。</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最長の待機時間</translation>
    </message>
    <message>
        <source>After this long a held break gives a gentle reminder.</source>
        <translation>この時間を過ぎると、待機中の休憩をやさしくお知らせします。</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>勤務時間</translation>
    </message>
    <message>
        <source>e.g. mon-fri 08:30-12:30,13:30-17:30; empty means always.</source>
        <translation>例：mon-fri 08:30-12:30,13:30-17:30。空欄は常に勤務時間とみなします。</translation>
    </message>
    <message>
        <source>Checklist reminders</source>
        <translation>チェックリストのリマインダー</translation>
    </message>
    <message>
        <source>Remind me of open workstation actions and when a fresh check is due.</source>
        <translation>未対応の作業環境の項目と、改めてのチェックの時期をお知らせします。</translation>
    </message>
    <message>
        <source>Workstation check</source>
        <translation>作業環境チェック</translation>
    </message>
    <message>
        <source>Fresh check after</source>
        <translation>次のチェックまで</translation>
    </message>
    <message>
        <source>Months after a workstation check until DeskCoach suggests a new one.</source>
        <translation>作業環境チェックから、DeskCoach が新しいチェックを勧めるまでの月数。</translation>
    </message>
    <message>
        <source>Streak goal</source>
        <translation>連続記録の目標</translation>
    </message>
    <message>
        <source>The share of the day&apos;s due breaks to take for the day to join your streak on the progress dashboard.</source>
        <translation>その日を進み具合ダッシュボードの連続記録に加えるために取る、その日の予定された休憩の割合。</translation>
    </message>
    <message>
        <source>Eye breaks every</source>
        <translation>目の休憩の間隔</translation>
    </message>
    <message>
        <source>A 20-second prompt to look into the distance, between movement breaks (0 = off).</source>
        <translation>運動休憩の合間に、20秒間遠くを見るよう促します（0 = オフ）。</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Eye breaks</source>
        <translation>目の休憩</translation>
    </message>
    <message>
        <source>Daily anchors</source>
        <translation>毎日の習慣タイミング</translation>
    </message>
    <message>
        <source>Optional five-minute routines at moments you keep anyway, e.g. coffee 08:30, lunch 12:30, end of day 17:15; empty means none.</source>
        <translation>いつも必ずある時間に行う、任意の5分間のルーティン。例：coffee 08:30, lunch 12:30, end of day 17:15。空欄はなし。</translation>
    </message>
    <message>
        <source>Daily routines</source>
        <translation>毎日のルーティン</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>How loud the break cues are.</source>
        <translation>休憩の合図の音の大きさ。</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>合図の音</translation>
    </message>
    <message>
        <source>Which of DeskCoach&apos;s sounds the cues use.</source>
        <translation>合図に使う DeskCoach のサウンド。</translation>
    </message>
    <message>
        <source>Break window on</source>
        <translation>休憩ウィンドウの表示先</translation>
    </message>
    <message>
        <source>pointer: the screen with the mouse pointer; primary: the main screen; all: the break on the pointer&apos;s screen and a calm dimmed panel on the others (it never blocks input).</source>
        <translation>pointer：マウスポインターのある画面。primary：メイン画面。all：ポインターのある画面に休憩を表示し、他の画面は落ち着いた暗めのパネルにします（入力は妨げません）。</translation>
    </message>
    <message>
        <source>Break window</source>
        <translation>休憩ウィンドウ</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Light or dark windows; system follows your desktop&apos;s colour scheme.</source>
        <translation>ウィンドウを明るくするか暗くするか。system はデスクトップの配色に従います。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of DeskCoach&apos;s menus, exercises and messages; system follows your desktop. It applies at once; windows already open change when you open them again.</source>
        <translation>DeskCoach のメニュー、運動、メッセージの言語。system はデスクトップに従います。すぐに反映されますが、開いているウィンドウは次に開いた時に切り替わります。</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>不明な設定 &apos;%1&apos;（既知の設定：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, allowed: %3</source>
        <translation>&apos;%1&apos; は %2 です。許可される値：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2</source>
        <translation>&apos;%1&apos; は true または false にしてください（%2 ではありません）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number (%2), not %3</source>
        <translation>&apos;%1&apos; は整数（%2）にしてください（%3 ではありません）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>&apos;%1&apos; は %2 にしてください（%3 ではありません）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2, allowed: %3</source>
        <translation>&apos;%1&apos; の値は %2 です。許可される値：%3</translation>
    </message>
    <message>
        <source>A desktop computer</source>
        <translation>デスクトップパソコン</translation>
    </message>
    <message>
        <source>A laptop on its own</source>
        <translation>ノートパソコン単体</translation>
    </message>
    <message>
        <source>A laptop with a separate screen, keyboard and mouse</source>
        <translation>別の画面・キーボード・マウスをつないだノートパソコン</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>My manager</source>
        <translation>上司</translation>
    </message>
    <message>
        <source>Facilities / IT</source>
        <translation>施設管理 / IT</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>&amp;Resume where you left off</source>
        <translation>前回の続きから再開(&amp;R)</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK</source>
        <translation>作業環境チェック</translation>
    </message>
    <message>
        <source>Is your desk set up to look after you?</source>
        <translation>あなたの机は、体を大切にする設定になっていますか？</translation>
    </message>
    <message>
        <source>%1 quick yes/no questions (%2 on a laptop used on its own), five minutes at most. Answer for the place you work most. You can stop at any time: your answers are kept.</source>
        <translation>「はい／いいえ」で答える簡単な質問が %1 問（ノートパソコン単体なら %2 問）、長くても5分です。いちばんよく作業する場所について答えてください。いつでも中断でき、回答は保存されます。</translation>
    </message>
    <message>
        <source>Optional, for the report</source>
        <translation>任意（レポート用）</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>お名前(&amp;N)：</translation>
    </message>
    <message>
        <source>You work on:</source>
        <translation>作業に使うもの：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Progress through the check</source>
        <translation>チェックの進み具合</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>図</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>該当なし(&amp;A)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>保存して後で続ける(&amp;L)</translation>
    </message>
    <message>
        <source>WORKSTATION CHECK DONE</source>
        <translation>作業環境チェック完了</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>A self-assessment supports, but does not replace, your employer&apos;s workstation assessment.</source>
        <translation>セルフチェックは、雇用主による作業環境の評価を補うものであり、代わりになるものではありません。</translation>
    </message>
    <message>
        <source>Start a &amp;new check</source>
        <translation>新しいチェックを開始(&amp;N)</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>PDF をエクスポート(&amp;P)...</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>JSON をエクスポート(&amp;J)...</translation>
    </message>
    <message>
        <source>%1  ·  QUESTION %2 OF %3</source>
        <translation>%1 · 質問 %2/%3</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>大切な理由：%1</translation>
    </message>
    <message>
        <source>If not: %1</source>
        <translation>そうでない場合：%1</translation>
    </message>
    <message>
        <source>%1 of %2 fine. %3</source>
        <translation>%2 項目中 %1 項目が問題なし。%3</translation>
    </message>
    <message>
        <source>Here is what to fix:</source>
        <translation>改善すること：</translation>
    </message>
    <message>
        <source>Nothing to fix. Well set up!</source>
        <translation>改善することはありません。よく整っています！</translation>
    </message>
    <message numerus="yes">
        <source>%n answers changed since your check on %1.</source>
        <translation>
            <numerusform>%1 のチェック以降、%n 件の回答が変わりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>問題なし：%1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>Who acts on: %1</source>
        <translation>対応する人：%1</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>フォローアップ日</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF レポート (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the workstation check</source>
        <translation>作業環境チェックをエクスポート</translation>
    </message>
    <message>
        <source>DeskCoach - progress</source>
        <translation>DeskCoach - 進み具合</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進み具合</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <extracomment>(label, bucket size, buckets): whole weeks and months, the last one so far</extracomment>
        <translation>過去7日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>過去12週間</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去12か月間</translation>
    </message>
    <message>
        <source>Completed</source>
        <extracomment>bar segments, bottom to top; their colours are the theme&apos;s `series`, in this order</extracomment>
        <translation>完了</translation>
    </message>
    <message>
        <source>Snoozed, then taken</source>
        <translation>スヌーズ後に取得</translation>
    </message>
    <message>
        <source>Natural (away)</source>
        <translation>自然な休憩（離席）</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>取り逃し</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>as in `deskcoach stats`: Taken counts breaks, Compliance is the share of due breaks taken</extracomment>
        <translation>期間</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>自然</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>取得</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>取得率</translation>
    </message>
    <message>
        <source>Longest stretch (min)</source>
        <translation>最長連続作業（分）</translation>
    </message>
    <message>
        <source>Minutes moved</source>
        <translation>運動した時間（分）</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>あなたの進み具合</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation>グラフを描画しています...</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>グラフ(&amp;C)</translation>
    </message>
    <message>
        <source>Breaks per period, as a table, oldest first</source>
        <translation>期間ごとの休憩数の表（古い順）</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>表(&amp;T)</translation>
    </message>
    <message>
        <source>How the numbers are counted</source>
        <translation>数値の数え方</translation>
    </message>
    <message>
        <source>&amp;How it is counted</source>
        <translation>数え方(&amp;H)</translation>
    </message>
    <message>
        <source>Body log</source>
        <translation>体の記録</translation>
    </message>
    <message>
        <source>No breaks yet. After your first break, this is where you see how many you take each day, how long you go without one, and how you move. Take one now from the tray menu if you like.</source>
        <translation>まだ休憩がありません。最初の休憩の後、1日に何回休憩を取ったか、休憩なしでどれだけ続けたか、どう体を動かしたかがここに表示されます。よければ今すぐトレイメニューから休憩を取ってみましょう。</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日、%1</translation>
    </message>
    <message>
        <source>This week, %1 to today</source>
        <translation>今週：%1〜今日</translation>
    </message>
    <message>
        <source>This week (today)</source>
        <translation>今週（今日）</translation>
    </message>
    <message>
        <source>Streak, up to today</source>
        <translation>連続記録（今日まで）</translation>
    </message>
    <message>
        <source>Moved this week</source>
        <translation>今週動いた時間</translation>
    </message>
    <message>
        <source>Body regions this week</source>
        <translation>今週動かした体の部位</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks</source>
        <translation>
            <numerusform>%n 回中 %1 回の休憩</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation>M月d日（ddd）</translation>
    </message>
    <message>
        <source>taken of those due so far</source>
        <translation>これまでに予定された休憩のうち取った回数</translation>
    </message>
    <message>
        <source>of due breaks taken; nothing to compare with last week</source>
        <translation>予定された休憩のうち取った割合。先週との比較はありません</translation>
    </message>
    <message>
        <source>nothing due yet this week</source>
        <translation>今週はまだ予定された休憩がありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 points against last week (%2)</source>
        <translation>
            <numerusform>先週比 %1 ポイント（%2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>days in a row with %1 or more of due breaks taken; today joins at %1</source>
        <translation>予定された休憩の %1 以上を取った連続日数。今日も %1 に達すると加算されます</translation>
    </message>
    <message>
        <source>no day yet with %1 or more of due breaks taken; today joins at %1</source>
        <translation>予定された休憩の %1 以上を取った日はまだありません。今日 %1 に達すると加算されます</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>of exercise in completed breaks</source>
        <translation>完了した休憩での運動時間</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation>（現時点）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>連続記録</translation>
    </message>
    <message>
        <source>Regions this week</source>
        <translation>今週の部位</translation>
    </message>
    <message>
        <source>all but %1</source>
        <translation>%1 回を除くすべて</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source> · %1 of due breaks taken</source>
        <translation> · 予定された休憩の %1 を取得</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop, so DeskCoach shows this small window instead. Closing it minimises it; use Quit to stop DeskCoach.</source>
        <translation>このデスクトップにはシステムトレイが見つからないため、DeskCoach はこの小さなウィンドウを表示しています。閉じると最小化されます。DeskCoach を止めるには「終了」を使ってください。</translation>
    </message>
    <message>
        <source>DeskCoach controls</source>
        <translation>DeskCoach の操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>今すぐ休憩する(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Pause 30 min</source>
        <translation>30分間一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;kip next</source>
        <translation>次の休憩をスキップ(&amp;K)</translation>
    </message>
    <message>
        <source>Pro&amp;gress...</source>
        <translation>進み具合(&amp;G)...</translation>
    </message>
    <message>
        <source>&amp;Checklist...</source>
        <translation>チェックリスト(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>When to get &amp;help...</source>
        <translation>受診の目安(&amp;H)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>イラスト</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>受診の目安</translation>
    </message>
    <message>
        <source>DeskCoach suggests gentle, general movements. It is not medical advice and cannot tell what is causing a symptom.</source>
        <translation>DeskCoach が提案するのは、やさしく一般的な運動です。医学的な助言ではなく、症状の原因を判断することはできません。</translation>
    </message>
    <message>
        <source>Get emergency care now</source>
        <translation>すぐに救急医療を受けてください</translation>
    </message>
    <message>
        <source>Call your emergency number or go to an emergency department if you have:</source>
        <translation>次の症状がある場合は、救急番号に電話するか救急外来を受診してください：</translation>
    </message>
    <message>
        <source>loss of control of your bladder or bowels, or new trouble passing urine</source>
        <translation>排尿や排便がコントロールできない、または新たに尿が出にくい</translation>
    </message>
    <message>
        <source>numbness around your genitals, buttocks or inner thighs</source>
        <translation>陰部、お尻、太ももの内側のしびれ</translation>
    </message>
    <message>
        <source>weakness in your legs that is new or getting worse</source>
        <translation>新たに生じた、または悪化していく脚の力の低下</translation>
    </message>
    <message>
        <source>chest pain, with or without back pain</source>
        <translation>胸の痛み（背中の痛みの有無を問わず）</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist soon</source>
        <translation>早めに医師か理学療法士に相談してください</translation>
    </message>
    <message>
        <source>Book an appointment in the next few days if you have:</source>
        <translation>次の症状がある場合は、数日以内に予約を取ってください：</translation>
    </message>
    <message>
        <source>back pain with a fever, night sweats or feeling generally unwell</source>
        <translation>発熱、寝汗、全身のだるさを伴う背中の痛み</translation>
    </message>
    <message>
        <source>weight loss you cannot explain</source>
        <translation>原因のわからない体重の減少</translation>
    </message>
    <message>
        <source>pain at night that does not ease when you rest or change position</source>
        <translation>安静にしても姿勢を変えても和らがない夜間の痛み</translation>
    </message>
    <message>
        <source>pain after a fall or accident</source>
        <translation>転倒や事故の後の痛み</translation>
    </message>
    <message>
        <source>pain that spreads below the knee, or numbness or tingling that spreads</source>
        <translation>ひざより下に広がる痛み、または広がっていくしびれやピリピリ感</translation>
    </message>
    <message>
        <source>pain that has changed your daily life for more than a week</source>
        <translation>1週間以上、日常生活に支障が出ている痛み</translation>
    </message>
    <message>
        <source>a second or third bout of the same pain within a year</source>
        <translation>1年以内に2回目、3回目となる同じ痛み</translation>
    </message>
    <message>
        <source>no progress after two weeks of regular, gentle movement</source>
        <translation>2週間、定期的にやさしく体を動かしても改善しない</translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation>この運動を中止してください</translation>
    </message>
    <message>
        <source>Stop the movement, rest, and try a gentler one another time if it brings:</source>
        <translation>次のことが起きたら、動きを止めて休み、別の機会にもっとやさしい運動を試してください：</translation>
    </message>
    <message>
        <source>pain, or pain that climbs as you go on</source>
        <translation>痛み、または続けるうちに強まる痛み</translation>
    </message>
    <message>
        <source>tingling or numbness, or symptoms spreading into an arm or leg</source>
        <translation>ピリピリ感やしびれ、または腕や脚に広がる症状</translation>
    </message>
    <message>
        <source>dizziness or light-headedness</source>
        <translation>めまいやふらつき</translation>
    </message>
    <message>
        <source>After recent surgery or an injury, or during pregnancy, ask a clinician which movements suit you before you start.</source>
        <translation>最近の手術やけがの後、または妊娠中は、始める前にどの運動が合うか医療者に相談してください。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <source>DeskCoach - a break is coming</source>
        <translation>DeskCoach - まもなく休憩です</translation>
    </message>
    <message>
        <source>A movement break is coming</source>
        <translation>まもなく運動休憩です</translation>
    </message>
    <message>
        <source>Finish what you are doing; a short movement break is coming.</source>
        <translation>作業にひと区切りをつけてください。まもなく短い運動休憩です。</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>今すぐ開始(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;In %n minutes</source>
        <translation>
            <numerusform>%n 分後(&amp;I)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the break off for %n minutes</source>
        <translation>
            <numerusform>休憩を %n 分後に延ばします</numerusform>
        </translation>
    </message>
    <message>
        <source>Movement break in %1</source>
        <translation>%1 後に運動休憩</translation>
    </message>
    <message>
        <source>Breathing pace</source>
        <translation>呼吸のペース</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>吸って</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>吐いて</translation>
    </message>
    <message>
        <source>BEFORE THIS EXERCISE</source>
        <translation>この運動の前に</translation>
    </message>
    <message>
        <source>ABOUT THIS EXERCISE</source>
        <translation>この運動について</translation>
    </message>
    <message>
        <source>Check that it suits you</source>
        <translation>自分に合っているか確認しましょう</translation>
    </message>
    <message>
        <source>&amp;Back to the exercise</source>
        <translation>運動に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>DeskCoach - when to get help</source>
        <translation>DeskCoach - 受診の目安</translation>
    </message>
    <message>
        <source>A movement break is on your other screen.</source>
        <translation>運動休憩はもう一方の画面に表示されています。</translation>
    </message>
    <message>
        <source>DeskCoach - break on another screen</source>
        <translation>DeskCoach - 別の画面で休憩中</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <extracomment>the settings whose spin boxes show a unit around the number (see _unit_words) groups with a tab of their own; the rest share &quot;Breaks&quot;</extracomment>
        <translation>休憩(&amp;B)</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>運動(&amp;X)</translation>
    </message>
    <message>
        <source>Smart &amp;timing</source>
        <translation>スマートタイミング(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Workstation check</source>
        <translation>作業環境チェック(&amp;W)</translation>
    </message>
    <message>
        <source>E&amp;ye breaks and routines</source>
        <translation>目の休憩とルーティン(&amp;Y)</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>外観(&amp;P)</translation>
    </message>
    <message>
        <source>Include both</source>
        <translation>両方を含める</translation>
    </message>
    <message>
        <source>Leave out forward bends</source>
        <translation>前屈を除外する</translation>
    </message>
    <message>
        <source>Leave out backward bends</source>
        <translation>後ろへの反らしを除外する</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>デスクトップに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>チャイム</translation>
    </message>
    <message>
        <source>Bell</source>
        <translation>ベル</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>ソフト</translation>
    </message>
    <message>
        <source>The screen with the pointer</source>
        <translation>ポインターのある画面</translation>
    </message>
    <message>
        <source>The main screen</source>
        <translation>メイン画面</translation>
    </message>
    <message>
        <source>All screens (a calm panel on the others)</source>
        <translation>すべての画面（他の画面には落ち着いたパネル）</translation>
    </message>
    <message>
        <source>DeskCoach settings</source>
        <extracomment>each language in its own words, never translated (a reader looks for their own)</extracomment>
        <translation>DeskCoach の設定</translation>
    </message>
    <message>
        <source>What stops the settings from being saved</source>
        <translation>設定が保存できない理由</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>組織によって設定されています</translation>
    </message>
    <message>
        <source> (set by your organisation)</source>
        <translation>（組織によって設定されています）</translation>
    </message>
    <message>
        <source>always</source>
        <translation>常に</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>許可される値：%1</translation>
    </message>
    <message>
        <source>%1 on the %2 tab: %3</source>
        <translation>「%2」タブの %1：%3</translation>
    </message>
    <message>
        <source>Not saved yet. </source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n snoozes</source>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skips</source>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n か月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>1分未満</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ddd dd MMM HH:mm</source>
        <comment>date format (Qt QDateTime)</comment>
        <translation>M月d日（ddd） HH:mm</translation>
    </message>
    <message>
        <source>dd MMM</source>
        <comment>date format (Qt QDate)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>dd MMM yyyy</source>
        <comment>date format (Qt QDate)</comment>
        <translation>yyyy/MM/dd</translation>
    </message>
    <message>
        <source>Break waiting until your meeting ends</source>
        <translation>会議が終わるまで休憩を待機しています</translation>
    </message>
    <message>
        <source>Break waiting until the full-screen app closes</source>
        <translation>全画面アプリが閉じるまで休憩を待機しています</translation>
    </message>
    <message>
        <source>You are away: the timer is stopped</source>
        <translation>離席中：タイマーは止まっています</translation>
    </message>
    <message>
        <source>Screen locked: the timer is stopped</source>
        <translation>画面ロック中：タイマーは止まっています</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>勤務時間外です</translation>
    </message>
    <message>
        <source>On a movement break</source>
        <translation>運動休憩中</translation>
    </message>
    <message>
        <source>Outside your working hours, back at %1</source>
        <translation>勤務時間外です。%1 に再開します</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>%1 まで一時停止中</translation>
    </message>
    <message>
        <source>Snoozed: break in %1</source>
        <translation>スヌーズ中：%1 後に休憩</translation>
    </message>
    <message>
        <source>Next break in %1</source>
        <translation>次の休憩まで %1</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>30分(&amp;3)</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>1時間(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;Until tomorrow</source>
        <translation>明日まで(&amp;U)</translation>
    </message>
    <message>
        <source>DeskCoach menu</source>
        <translation>DeskCoach メニュー</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;kip next break</source>
        <translation>次の休憩をスキップ(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;kip this break</source>
        <translation>この休憩をスキップ(&amp;K)</translation>
    </message>
    <message>
        <source>Eye break</source>
        <translation>目の休憩</translation>
    </message>
    <message numerus="yes">
        <source>Look at something at least 6 metres away for %n seconds, and blink slowly a few times.</source>
        <translation>
            <numerusform>6 メートル以上離れたものを %n 秒間見て、ゆっくり数回まばたきしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your check-ins are health data. They stay in your own profile on this computer and in the exports you make yourself; nothing your organisation can collect reads them.</source>
        <translation>チェックインの内容は健康データです。このコンピューター上のあなた自身のプロファイルと、自分で作成したエクスポートにのみ保存され、組織が収集できるものからは読み取れません。</translation>
    </message>
    <message>
        <source>Export log as &amp;PDF...</source>
        <translation>記録を PDF でエクスポート(&amp;P)...</translation>
    </message>
    <message>
        <source>A one-page summary of your check-ins to take to a doctor or physiotherapist</source>
        <translation>医師か理学療法士に見せるための、チェックインの1ページの要約</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>S&amp;tart programme</source>
        <translation>プログラムを開始(&amp;T)</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <source>No check-ins in this period. After a break, tell DeskCoach how it felt; your answers draw these lines.</source>
        <translation>この期間のチェックインはありません。休憩の後に体の感じを DeskCoach に伝えると、その回答からこの線が描かれます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n weeks)</source>
        <translation>
            <numerusform>%1（%n 週間）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - suggested: %2</source>
        <translation>%1 - おすすめ：%2</translation>
    </message>
    <message>
        <source>No programme is running: breaks draw from every exercise.</source>
        <translation>実行中のプログラムはありません：休憩ではすべての運動から選ばれます。</translation>
    </message>
    <message>
        <source>%1, phase %3 (%4). %5.</source>
        <translation>%1、フェーズ %3（%4）。%5。</translation>
    </message>
    <message>
        <source>Levels: every exercise at its usual dose so far. Answer the morning question and levels move with your mornings.</source>
        <translation>レベル：これまでのところ、すべての運動がいつもの回数・時間です。朝の質問に答えると、朝の状態に合わせてレベルが変わります。</translation>
    </message>
    <message>
        <source>%1 - %2: now %3. %4.</source>
        <translation>%1 - %2：現在 %3。%4。</translation>
    </message>
    <message>
        <source>Level changes</source>
        <translation>レベルの変更</translation>
    </message>
    <message>
        <source>Saved the log as %1: take it along to a doctor or physiotherapist.</source>
        <translation>記録を %1 に保存しました。医師か理学療法士に持って行ってください。</translation>
    </message>
    <message>
        <source>Export log as PDF</source>
        <translation>記録を PDF でエクスポート</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Discomfort (0-10)</source>
        <translation>不快感（0〜10）</translation>
    </message>
    <message>
        <source>Longest sitting (min)</source>
        <translation>最長の座りっぱなし時間（分）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>1日の平均</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>朝の状態</translation>
    </message>
    <message>
        <source>keep all settings and data under DIR (portable mode)</source>
        <extracomment>CLI command -&gt; control-protocol command, for commands handed to the running app</extracomment>
        <translation>すべての設定とデータを DIR に保存する（ポータブルモード）</translation>
    </message>
    <message>
        <source>run every duration N times faster (demos and tests)</source>
        <translation>すべての時間を N 倍速で進める（デモとテスト用）</translation>
    </message>
    <message>
        <source>the language to use: %1 (default: the `language` setting, else the desktop&apos;s)</source>
        <translation>使用する言語：%1（既定：`language` 設定、なければデスクトップの言語）</translation>
    </message>
    <message>
        <source>A calm tray coach for movement breaks. With no command, starts the app.</source>
        <translation>運動休憩のための穏やかなトレイコーチ。コマンドを指定しない場合はアプリを起動します。</translation>
    </message>
    <message>
        <source>start the tray app (the default)</source>
        <translation>トレイアプリを起動する（既定）</translation>
    </message>
    <message>
        <source>what the running app is doing</source>
        <translation>実行中のアプリの状態</translation>
    </message>
    <message>
        <source>take a break now</source>
        <translation>今すぐ休憩する</translation>
    </message>
    <message>
        <source>with this exercise (see `exercises`)</source>
        <translation>この運動で（`exercises` を参照）</translation>
    </message>
    <message>
        <source>pause breaks (30m, 1h, tomorrow)</source>
        <translation>休憩を一時停止する（30m、1h、tomorrow）</translation>
    </message>
    <message>
        <source>30m, 1h, 1h30m ... up to 24h, or tomorrow</source>
        <translation>30m、1h、1h30m ... 最大 24h、または tomorrow</translation>
    </message>
    <message>
        <source>end a pause</source>
        <translation>一時停止を終える</translation>
    </message>
    <message>
        <source>skip the break on screen, or else the next one</source>
        <translation>表示中の休憩をスキップ、なければ次の休憩をスキップする</translation>
    </message>
    <message>
        <source>snooze the break on screen</source>
        <translation>表示中の休憩をスヌーズする</translation>
    </message>
    <message>
        <source>finish the break on screen</source>
        <translation>表示中の休憩を完了する</translation>
    </message>
    <message>
        <source>swap the exercise on screen for another</source>
        <translation>表示中の運動を別の運動に入れ替える</translation>
    </message>
    <message>
        <source>open a window of the running app</source>
        <translation>実行中のアプリのウィンドウを開く</translation>
    </message>
    <message>
        <source>which detectors work on this desktop</source>
        <translation>このデスクトップで動作する検出機能</translation>
    </message>
    <message>
        <source>when to get help: emergency now, a clinician soon, or stop</source>
        <translation>受診の目安：今すぐ救急、早めに医療者へ、または中止</translation>
    </message>
    <message>
        <source>quit the running app</source>
        <translation>実行中のアプリを終了する</translation>
    </message>
    <message>
        <source>list the exercise catalogue</source>
        <translation>運動の一覧を表示する</translation>
    </message>
    <message>
        <source>print one exercise</source>
        <translation>運動を1つ表示する</translation>
    </message>
    <message>
        <source>draw an exercise&apos;s key poses as a PNG contact sheet</source>
        <translation>運動の主要なポーズを PNG のコンタクトシートとして描画する</translation>
    </message>
    <message>
        <source>every exercise, one PNG each</source>
        <translation>すべての運動を、1つずつ PNG に</translation>
    </message>
    <message>
        <source>the PNG file (with an ID) or the folder (with --all)</source>
        <translation>PNG ファイル（ID を指定した場合）またはフォルダー（--all の場合）</translation>
    </message>
    <message>
        <source>the workstation checklist</source>
        <translation>作業環境チェックリスト</translation>
    </message>
    <message>
        <source>list the questions</source>
        <translation>質問の一覧を表示する</translation>
    </message>
    <message>
        <source>export an assessment</source>
        <translation>評価をエクスポートする</translation>
    </message>
    <message>
        <source>organisation policy</source>
        <translation>組織のポリシー</translation>
    </message>
    <message>
        <source>the effective policy and its sources</source>
        <translation>有効なポリシーとその出所</translation>
    </message>
    <message>
        <source>try a policy folder laid out like /etc/deskcoach instead (only this command reads it)</source>
        <translation>/etc/deskcoach と同じ構成のポリシーフォルダーを代わりに試す（このコマンドだけが読み込みます）</translation>
    </message>
    <message>
        <source>check a policy file, or every file of a policy folder</source>
        <translation>ポリシーファイル、またはポリシーフォルダー内のすべてのファイルを確認する</translation>
    </message>
    <message>
        <source>every policy file in DIR, laid out like /etc/deskcoach</source>
        <translation>DIR 内のすべてのポリシーファイル（/etc/deskcoach と同じ構成）</translation>
    </message>
    <message>
        <source>breaks per day</source>
        <translation>1日あたりの休憩</translation>
    </message>
    <message>
        <source>the last N days (default 7)</source>
        <translation>過去 N 日間（既定は 7）</translation>
    </message>
    <message>
        <source>the dashboard&apos;s headline figures, over all of the history</source>
        <translation>全履歴を通したダッシュボードの主要な数値</translation>
    </message>
    <message>
        <source>the last day shown (default today)</source>
        <translation>表示する最後の日（既定は今日）</translation>
    </message>
    <message>
        <source>write all your data to a JSON file</source>
        <translation>すべてのデータを JSON ファイルに書き出す</translation>
    </message>
    <message>
        <source>merge an export into this profile</source>
        <translation>エクスポートをこのプロファイルに統合する</translation>
    </message>
    <message>
        <source>show, set or check settings</source>
        <translation>設定を表示、変更、確認する</translation>
    </message>
    <message>
        <source>every effective value and its source</source>
        <translation>有効なすべての値とその出所</translation>
    </message>
    <message>
        <source>set KEY to VALUE (applied live)</source>
        <translation>KEY を VALUE に設定する（即時反映）</translation>
    </message>
    <message>
        <source>check a settings file</source>
        <translation>設定ファイルを確認する</translation>
    </message>
    <message>
        <source>log how your body feels now</source>
        <translation>今の体の感じを記録する</translation>
    </message>
    <message>
        <source>pain or discomfort, 0-10</source>
        <translation>痛みや不快感、0〜10</translation>
    </message>
    <message>
        <source>the exercise it is about</source>
        <translation>対象の運動</translation>
    </message>
    <message>
        <source>morning: how it feels on waking (paces the plan)</source>
        <translation>morning：起床時の感じ（プランのペースを決めます）</translation>
    </message>
    <message>
        <source>a warning sign you notice (shows when to get help)</source>
        <translation>気づいた警告サイン（受診の目安を表示します）</translation>
    </message>
    <message>
        <source>a few words of your own</source>
        <translation>自分の言葉でひとこと</translation>
    </message>
    <message>
        <source>your check-ins and plan changes</source>
        <translation>チェックインとプランの変更</translation>
    </message>
    <message>
        <source>the last N days (default 14)</source>
        <translation>過去 N 日間（既定は 14）</translation>
    </message>
    <message>
        <source>write a one-page PDF to take to a clinician instead</source>
        <translation>代わりに、医療者に見せる1ページの PDF を書き出す</translation>
    </message>
    <message>
        <source>multi-week programmes</source>
        <translation>数週間のプログラム</translation>
    </message>
    <message>
        <source>the programmes</source>
        <translation>プログラムの一覧</translation>
    </message>
    <message>
        <source>one programme&apos;s phases</source>
        <translation>1つのプログラムのフェーズ</translation>
    </message>
    <message>
        <source>start a programme</source>
        <translation>プログラムを開始する</translation>
    </message>
    <message>
        <source>stop the running one</source>
        <translation>実行中のプログラムを停止する</translation>
    </message>
    <message>
        <source>the running programme, its phase and week</source>
        <translation>実行中のプログラムとそのフェーズ、週</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 は数値ではありません</translation>
    </message>
    <message>
        <source>the time scale must be above 0 and at most 100000</source>
        <translation>時間の倍率は 0 より大きく 100000 以下にしてください</translation>
    </message>
    <message>
        <source>DeskCoach will not use this profile: %1.</source>
        <translation>DeskCoach はこのプロファイルを使用しません：%1。</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>プログラムのバージョン番号を表示して終了する</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無効な選択肢です: %(value)r（%(choices)s から選んでください）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無効な %(type)s の値です: %(value)r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数です: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>引数が1つ必要です</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>引数が少なくとも1つ必要です</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>引数は1つまでです</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれか1つが必要です</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>あいまいなオプションです: %(option)s は %(matches)s のどれにも当てはまる可能性があります</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; を開けません: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>After %n weeks your discomfort has not eased (about %1/10 then, %2/10 this week). Please see a doctor or physiotherapist; take your log along (Export log as PDF in the Body log, or `deskcoach log --pdf FILE`).</source>
        <translation>
            <numerusform>%n 週間たっても不快感が和らいでいません（当初は約 %1/10、今週は %2/10）。医師か理学療法士に相談し、記録を持参してください（体の記録の「記録を PDF でエクスポート」、または `deskcoach log --pdf FILE`）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks without improvement (about %1/10 then, %2/10 this week): time to change something, such as another programme, easier levels or a different time of day.</source>
        <translation>
            <numerusform>%n 週間改善が見られません（当初は約 %1/10、今週は %2/10）：別のプログラム、易しいレベル、別の時間帯など、何かを変える時期です。</numerusform>
        </translation>
    </message>
    <message>
        <source>easier</source>
        <extracomment>How the levels are named when an exercise has the usual three; more are numbered.</extracomment>
        <translation>易しい</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>難しい</translation>
    </message>
    <message>
        <source>hardest</source>
        <translation>いちばん難しい</translation>
    </message>
    <message>
        <source>gentlest</source>
        <translation>いちばん易しい</translation>
    </message>
    <message>
        <source>Left out until %1: it raised your pain; other exercises cover its regions</source>
        <translation>%1 まで除外：痛みが増したため。同じ部位は他の運動でカバーします</translation>
    </message>
    <message>
        <source>Back in the plan, one level easier (%1): its time out is over</source>
        <translation>1レベル易しくしてプランに復帰（%1）：休止期間が終わりました</translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10; waiting to see how the next morning feels</source>
        <translation>様子見：痛みが %1/10 になりました。翌朝の感じを確認します</translation>
    </message>
    <message>
        <source>Left out for a week: it took your pain to %1/10 and the next morning was still worse than usual (%2 against %3)</source>
        <translation>1週間除外：痛みが %1/10 になり、翌朝もいつもより悪い状態でした（%2、通常は %3）</translation>
    </message>
    <message numerus="yes">
        <source>Holding at the easiest level: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>最も易しいレベルで様子見：%n 日続けて朝の状態がいつもより悪かったため</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Step back to %1: your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>「%1」に戻します：%n 日続けて朝の状態がいつもより悪かったため</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: it took your pain to %1/10 on %2; it settled by the next morning, so it stays at this level a few days more</source>
        <translation>様子見：%2 に痛みが %1/10 になりましたが、翌朝には落ち着いたため、このレベルをあと数日続けます</translation>
    </message>
    <message numerus="yes">
        <source>Level up to %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>「%1」にレベルアップ：%n 日間、朝の状態が同じか良好でした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Holding at the hardest level: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>最も難しいレベルで維持：%n 日間、朝の状態が同じか良好でした</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding: a recent morning was worse than usual; waiting for it to settle</source>
        <translation>様子見：最近、朝の状態がいつもより悪い日がありました。落ち着くのを待ちます</translation>
    </message>
    <message numerus="yes">
        <source>Holding: %1 of %n steady mornings so far (answer the morning question to move on)</source>
        <translation>
            <numerusform>様子見：安定した朝は %n 日中 %1 日（先に進むには朝の質問に答えてください）</numerusform>
        </translation>
    </message>
    <message>
        <source>wrist and hand</source>
        <translation>手首と手</translation>
    </message>
    <message>
        <source>low back</source>
        <translation>腰</translation>
    </message>
    <message>
        <source>Calm things down</source>
        <translation>まず落ち着かせる</translation>
    </message>
    <message>
        <source>Neck and upper back for screen work</source>
        <translation>画面作業のための首と背中上部</translation>
    </message>
    <message>
        <source>Ease a stiff neck and rounded shoulders, then build upper-back endurance.</source>
        <translation>首のこわばりと丸まった肩をほぐし、背中上部の持久力をつけます。</translation>
    </message>
    <message>
        <source>Small, easy movements that feel good.</source>
        <translation>気持ちよく感じる、小さく楽な動き。</translation>
    </message>
    <message>
        <source>Patterning</source>
        <translation>動きの習得</translation>
    </message>
    <message>
        <source>Sit tall with the head over the shoulders.</source>
        <translation>頭を肩の真上に保って、背すじを伸ばして座ります。</translation>
    </message>
    <message>
        <source>Build capacity</source>
        <translation>力をつける</translation>
    </message>
    <message>
        <source>Hold good positions for longer.</source>
        <translation>よい姿勢をより長く保ちます。</translation>
    </message>
    <message>
        <source>Low back: breathe, brace and hinge</source>
        <translation>腰：呼吸、引き締め、ヒップヒンジ</translation>
    </message>
    <message>
        <source>Settle the low back, learn to breathe, brace and hinge, then build strength.</source>
        <translation>腰を落ち着かせ、呼吸・引き締め・ヒップヒンジを身につけてから、筋力をつけます。</translation>
    </message>
    <message>
        <source>Gentle movement and walking; find the directions that ease it.</source>
        <translation>やさしい運動と散歩。楽になる動きの方向を見つけます。</translation>
    </message>
    <message>
        <source>Breathe, brace, hinge</source>
        <translation>呼吸、引き締め、ヒップヒンジ</translation>
    </message>
    <message>
        <source>Bend from the hips with the back in one line.</source>
        <translation>背中を一直線に保って、股関節から曲げます。</translation>
    </message>
    <message>
        <source>More hinges and stands, with steady breathing.</source>
        <translation>ヒップヒンジと立ち座りを増やし、呼吸は一定に。</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>しなやかな強さ</translation>
    </message>
    <message>
        <source>Keep moving through busy days.</source>
        <translation>忙しい日も動き続けます。</translation>
    </message>
    <message>
        <source>Wrists and forearms for keyboard and mouse work</source>
        <translation>キーボード・マウス作業のための手首と前腕</translation>
    </message>
    <message>
        <source>Glide the tendons, stretch the forearms and free the shoulders that drive them.</source>
        <translation>腱を滑らかに動かし、前腕を伸ばし、腕を動かす肩をほぐします。</translation>
    </message>
    <message>
        <source>Easy finger and shoulder movement.</source>
        <translation>指と肩の楽な動き。</translation>
    </message>
    <message>
        <source>Glide and stretch</source>
        <translation>グライドとストレッチ</translation>
    </message>
    <message>
        <source>Gentle forearm stretches, no pins and needles.</source>
        <translation>前腕のやさしいストレッチ。ピリピリ感が出ない範囲で。</translation>
    </message>
    <message>
        <source>Stretch the chest and upper back as well.</source>
        <translation>胸と背中上部もストレッチします。</translation>
    </message>
    <message>
        <source>Sit less: stand and walk</source>
        <translation>座りすぎを減らす：立って歩く</translation>
    </message>
    <message>
        <source>Break up long sitting with stands, marches and short walks.</source>
        <translation>長い座りっぱなしを、立ち座り、足踏み、短い散歩で区切ります。</translation>
    </message>
    <message>
        <source>Break up sitting</source>
        <translation>座りっぱなしを区切る</translation>
    </message>
    <message>
        <source>Move your legs every break.</source>
        <translation>休憩のたびに脚を動かします。</translation>
    </message>
    <message>
        <source>Stand and walk</source>
        <translation>立って歩く</translation>
    </message>
    <message>
        <source>Get up and walk a little every break.</source>
        <translation>休憩のたびに立ち上がって少し歩きます。</translation>
    </message>
    <message>
        <source>Phase %1 of %2 (%3)</source>
        <translation>フェーズ %1/%2（%3）</translation>
    </message>
    <message>
        <source>%1: day %2 of %3</source>
        <translation>%1：%3 日中 %2 日目</translation>
    </message>
    <message numerus="yes">
        <source>%1: staying, as your mornings were worse than usual for %n days running</source>
        <translation>
            <numerusform>%1：%n 日続けて朝の状態がいつもより悪かったため、このままにします</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: moves on after %n steady mornings in a row (answer the morning question)</source>
        <translation>
            <numerusform>%1：安定した朝が %n 日続いたら次へ進みます（朝の質問に答えてください）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is complete: well done</source>
        <translation>%1 を完了しました。よく頑張りました</translation>
    </message>
    <message numerus="yes">
        <source>Next phase, %1: your mornings stayed the same or better for %n days</source>
        <translation>
            <numerusform>次のフェーズ %1：%n 日間、朝の状態が同じか良好でした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins with %1 discomfort lately</source>
        <translation>
            <numerusform>最近、%1 の不快感を伴うチェックインが %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checklist items %1</source>
        <translation>
            <numerusform>チェックリストの項目 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New trouble passing urine, or losing control of your bladder or bowel</source>
        <translation>新たに尿が出にくい、または排尿や排便がコントロールできない</translation>
    </message>
    <message>
        <source>Numbness between your legs, around your bottom or inner thighs</source>
        <translation>脚の間、お尻の周り、太ももの内側のしびれ</translation>
    </message>
    <message>
        <source>Legs that are newly or increasingly weak</source>
        <translation>新たに、または次第に力が入らなくなる脚</translation>
    </message>
    <message>
        <source>Back pain together with chest pain</source>
        <translation>胸の痛みを伴う背中の痛み</translation>
    </message>
    <message>
        <source>Fever or night sweats along with back pain</source>
        <translation>背中の痛みとともに発熱や寝汗がある</translation>
    </message>
    <message>
        <source>Weight loss you cannot explain</source>
        <translation>原因のわからない体重の減少</translation>
    </message>
    <message>
        <source>Pain at night that does not ease when you rest</source>
        <translation>安静にしても和らがない夜間の痛み</translation>
    </message>
    <message>
        <source>Pain that began with a fall, accident or other hard knock</source>
        <translation>転倒、事故、その他の強い衝撃から始まった痛み</translation>
    </message>
    <message>
        <source>Pain shooting down below the knee</source>
        <translation>ひざより下へ走る痛み</translation>
    </message>
    <message>
        <source>Numbness or tingling that is spreading</source>
        <translation>広がっていくしびれやピリピリ感</translation>
    </message>
    <message>
        <source>Pain that has changed your daily life for more than a week</source>
        <translation>1週間以上、日常生活に支障が出ている痛み</translation>
    </message>
    <message>
        <source>A second or third bout of this pain within a year</source>
        <translation>1年以内に2回目、3回目となるこの痛み</translation>
    </message>
    <message>
        <source>Pain that keeps climbing, tingling, numbness or dizziness during an exercise</source>
        <translation>運動中に強まり続ける痛み、ピリピリ感、しびれ、めまい</translation>
    </message>
    <message>
        <source>Call an ambulance or go to an emergency department now if</source>
        <translation>次の場合は、今すぐ救急車を呼ぶか救急外来を受診してください</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist in the next few days if</source>
        <translation>次の場合は、数日以内に医師か理学療法士に相談してください</translation>
    </message>
    <message>
        <source>Stop the exercise, and leave it out until you have asked a clinician, if you notice</source>
        <translation>次のことに気づいたら運動を中止し、医療者に相談するまで行わないでください</translation>
    </message>
    <message>
        <source>DeskCoach offers general movement guidance; it cannot tell what causes your pain. Sources: NHS, Back pain (2023).</source>
        <translation>DeskCoach は一般的な運動のガイダンスを提供するもので、痛みの原因を判断することはできません。出典：NHS, Back pain (2023)。</translation>
    </message>
    <message>
        <source>This self-assessment supports, but does not replace, the workstation assessment your employer carries out. Report aches, tingling or eye strain to your manager or assessor.</source>
        <translation>このセルフチェックは、雇用主が行う作業環境の評価を補うものであり、代わりになるものではありません。痛み、しびれ、目の疲れは上司か評価担当者に報告してください。</translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>the report&apos;s fixed words, translated when the report is made</extracomment>
        <translation>回答</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>改善することはありません。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>%1 に完了</translation>
    </message>
    <message>
        <source>Workstation self-assessment</source>
        <translation>作業環境のセルフチェック</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>作業環境</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>For the assessor</source>
        <translation>評価担当者用</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Assessor&apos;s name</source>
        <translation>評価担当者の氏名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Generated by DeskCoach; the questions are DeskCoach&apos;s own wording, based on the sources above.</source>
        <translation>DeskCoach で作成。質問は上記の出典に基づき、DeskCoach が独自に作成したものです。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable points fine, %2 to act on</source>
        <translation>
            <numerusform>該当する %n 項目中 %1 項目は問題なし、%2 項目は対応が必要</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1/%2 ページ</translation>
    </message>
    <message>
        <source>Workstation self-assessment, made with DeskCoach</source>
        <translation>作業環境のセルフチェック（DeskCoach で作成）</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>氏名未記入</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>デスクトップパソコン</translation>
    </message>
    <message>
        <source>Laptop on its own</source>
        <translation>ノートパソコン単体</translation>
    </message>
    <message>
        <source>Laptop with separate screen and keyboard</source>
        <translation>別の画面とキーボードをつないだノートパソコン</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否されました：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Logged %1/10 (%2) at %3.</source>
        <translation>記録しました：%1/10（%2）、%3。</translation>
    </message>
    <message>
        <source>Logged %1/10 at %2.</source>
        <translation>記録しました：%1/10、%2。</translation>
    </message>
    <message>
        <source>
Your answer matches a warning sign:</source>
        <translation>
あなたの回答は警告サインに当てはまります：</translation>
    </message>
    <message>
        <source>
When to get help</source>
        <translation>
受診の目安</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>--days must be a whole number of days from 1 to %1, not %2</source>
        <translation>--days は 1 から %1 までの整数の日数にしてください（%2 ではありません）</translation>
    </message>
    <message>
        <source>No check-ins in the last %1 days. `deskcoach checkin --pain N` adds one.</source>
        <translation>過去 %1 日間のチェックインはありません。`deskcoach checkin --pain N` で追加できます。</translation>
    </message>
    <message>
        <source>
Plan changes</source>
        <translation>
プランの変更</translation>
    </message>
    <message>
        <source>There is no programme %1; `deskcoach programme list` names them.</source>
        <translation>プログラム %1 はありません。`deskcoach programme list` で一覧を表示できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n 週間</numerusform>
        </translation>
    </message>
    <message>
        <source>suggested: %1</source>
        <translation>おすすめ：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %n weeks
%3
</source>
        <translation>
            <numerusform>%1（%2）、%n 週間
%3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Phase %1: %2 (%n days). %3</source>
        <translation>
            <numerusform>フェーズ %1：%2（%n 日間）。%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Programme stopped; breaks draw from the whole catalogue again.</source>
        <translation>プログラムを停止しました。休憩では再びすべての運動から選ばれます。</translation>
    </message>
    <message>
        <source>No programme is running. `deskcoach programme list` shows them.</source>
        <translation>実行中のプログラムはありません。`deskcoach programme list` で一覧を表示できます。</translation>
    </message>
    <message>
        <source>%1: %2, phase %3 (%4).
%5.</source>
        <translation>%1：%2、フェーズ %3（%4）。
%5。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 に書き込みました</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos;. `deskcoach exercises` lists them.</source>
        <translation>運動 &apos;%1&apos; はありません。`deskcoach exercises` で一覧を表示できます。</translation>
    </message>
    <message>
        <source>Dose: %1. About %2 s. Position: %3. Regions: %4.</source>
        <translation>回数・時間：%1。約 %2 秒。姿勢：%3。部位：%4。</translation>
    </message>
    <message>
        <source>Seated alternative: %1</source>
        <translation>座って行う代わりの運動：%1</translation>
    </message>
    <message>
        <source>Level %1: %2. %3</source>
        <translation>レベル「%1」：%2。%3</translation>
    </message>
    <message numerus="yes">
        <source>, %n reps</source>
        <translation>
            <numerusform>、%n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n breaths</source>
        <translation>
            <numerusform>、%n 呼吸</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1. %2 (%3 s%4)</source>
        <translation>  %1. %2（%3 秒%4）</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Why this dose: %1</source>
        <translation>この回数・時間の理由：%1</translation>
    </message>
    <message>
        <source>Give one exercise ID or --all.</source>
        <translation>運動 ID を1つ指定するか、--all を指定してください。</translation>
    </message>
    <message>
        <source>Could not make %1: %2</source>
        <translation>%1 を作成できませんでした：%2</translation>
    </message>
    <message>
        <source>The checklist cannot be used: %1</source>
        <translation>チェックリストを使用できません：%1</translation>
    </message>
    <message>
        <source>(laptop users)</source>
        <translation>（ノートパソコン利用者）</translation>
    </message>
    <message>
        <source>--assessment takes &apos;latest&apos; or a date like 2026-11-21, not %1</source>
        <translation>--assessment には &apos;latest&apos; または 2026-11-21 のような日付を指定してください（%1 ではありません）</translation>
    </message>
    <message>
        <source>No completed workstation check found for %1. Choose Checklist... in the DeskCoach menu to do one.</source>
        <translation>%1 の完了した作業環境チェックが見つかりません。DeskCoach メニューの「チェックリスト...」から実施してください。</translation>
    </message>
    <message>
        <source>Refused: --format %1 is turned off by your organisation (statistics export); the table and the progress window still show your statistics</source>
        <extracomment>The longest range `stats --days` shows, and the dates it accepts (so no day overflows). `stats` columns, in the table, CSV and JSON alike: `taken` is a count of breaks, and `compliance` the share of due breaks taken (a percentage in the table, 0-1 in CSV/JSON); `eye_breaks` counts the eye micro-breaks shown, apart from the movement breaks. How long `deskcoach import` waits for the running app to import (a million breaks take it about half a minute on a slow machine).</extracomment>
        <translation>拒否されました：--format %1 は組織によって無効にされています（統計のエクスポート）。表と進み具合ウィンドウでは引き続き統計を確認できます</translation>
    </message>
    <message>
        <source>--summary prints a table or JSON (--format table|json), not CSV</source>
        <translation>--summary は表または JSON を出力します（--format table|json）。CSV は使えません</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <source> (%1 points)</source>
        <translation>、先週比 %1 ポイント</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n breaks taken</source>
        <translation>
            <numerusform>%n 回中 %1 回の休憩を取得</numerusform>
        </translation>
    </message>
    <message>
        <source> of due breaks taken%1</source>
        <translation>（予定された休憩の取得率）%1</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>先週</translation>
    </message>
    <message numerus="yes">
        <source>%n days at %1 or more</source>
        <translation>
            <numerusform>%1 以上の日が %n 日連続</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: exporting your data is turned off by your organisation</source>
        <translation>拒否されました：データのエクスポートは組織によって無効にされています</translation>
    </message>
    <message>
        <source>Wrote %1 breaks, %2 checklist assessments and your settings to %3</source>
        <translation>%1 件の休憩、%2 件のチェックリスト評価、設定を %3 に書き出しました</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>Refused, nothing was changed: %1</source>
        <translation>拒否されました。何も変更していません：%1</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>%1 を確認できませんでした：%2</translation>
    </message>
    <message>
        <source>Could not import into %1: %2</source>
        <translation>%1 にインポートできませんでした：%2</translation>
    </message>
    <message>
        <source>DeskCoach: %1</source>
        <translation>DeskCoach：%1</translation>
    </message>
    <message>
        <source>DeskCoach is not running. Start it with `deskcoach` (or `deskcoach run`).</source>
        <translation>DeskCoach は実行されていません。`deskcoach`（または `deskcoach run`）で起動してください。</translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of %n, phase %3 (%4)</source>
        <translation>
            <numerusform>プログラム：%1、%n 週中 %2 週目、フェーズ %3（%4）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programme: %1, week %2 of a %n-week programme, phase %3 (%4)</source>
        <translation>
            <numerusform>プログラム：%1、%n 週間のプログラムの %2 週目、フェーズ %3（%4）</numerusform>
        </translation>
    </message>
    <message>
        <source>Working</source>
        <translation>作業中</translation>
    </message>
    <message>
        <source>Break about to start</source>
        <translation>まもなく休憩</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>休憩中</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>完了 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n natural breaks (time away)</source>
        <translation>
            <numerusform>自然な休憩（離席）%n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>スキップ %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>スヌーズ %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>取り逃し %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n eye breaks</source>
        <translation>
            <numerusform>目の休憩 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On a break: %n s left.</source>
        <translation>
            <numerusform>休憩中：残り %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused until %1.</source>
        <translation>%1 まで一時停止中。</translation>
    </message>
    <message>
        <source>Work timer stopped (the screen is locked) with %1 to the next break.</source>
        <translation>作業タイマー停止中（画面ロック中）：次の休憩まであと %1。</translation>
    </message>
    <message>
        <source>Work timer stopped (you are away) with %1 to the next break.</source>
        <translation>作業タイマー停止中（離席中）：次の休憩まであと %1。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message numerus="yes">
        <source>%1: next break at %2 (in %n s).</source>
        <translation>
            <numerusform>%1：次の休憩は %2（%n 秒後）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>今日：%1</translation>
    </message>
    <message>
        <source>Refused: &apos;avoid_exercises&apos; names no exercise %1 (`deskcoach exercises` lists them)</source>
        <translation>拒否されました：&apos;avoid_exercises&apos; に指定された運動 %1 はありません（`deskcoach exercises` で一覧を表示できます）</translation>
    </message>
    <message>
        <source>%1 = %2 (applied to the running DeskCoach)</source>
        <translation>%1 = %2（実行中の DeskCoach に反映しました）</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした：%2</translation>
    </message>
    <message>
        <source>%1 = %2 (saved; DeskCoach is not running)</source>
        <translation>%1 = %2（保存しました。DeskCoach は実行されていません）</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1：フォルダーではありません</translation>
    </message>
    <message>
        <source>%1: no policy files (policy.json, managed/*.json, recommended/*.json)</source>
        <translation>%1：ポリシーファイルがありません（policy.json、managed/*.json、recommended/*.json）</translation>
    </message>
    <message>
        <source>Trying the policy folder %1: DeskCoach itself reads only the system&apos;s policy (see `deskcoach policy show`).</source>
        <translation>ポリシーフォルダー %1 を試しています：DeskCoach 自体が読み込むのはシステムのポリシーだけです（`deskcoach policy show` を参照）。</translation>
    </message>
    <message>
        <source>%1 %2 read from: %3</source>
        <translation>%1 %2 の読み込み元：%3</translation>
    </message>
    <message>
        <source>%1 %2 looked in: %3</source>
        <translation>%1 %2 の検索場所：%3</translation>
    </message>
    <message>
        <source>%1 %2 control socket: %3</source>
        <translation>%1 %2 の制御ソケット：%3</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：読み込めません（%2）</translation>
    </message>
    <message>
        <source>%1: not a valid TOML file (%2)</source>
        <translation>%1：有効な TOML ファイルではありません（%2）</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1：有効です</translation>
    </message>
    <message>
        <source>daily anchors are at most %1 characters</source>
        <translation>毎日の習慣タイミングは %1 文字までです</translation>
    </message>
    <message>
        <source>cannot read %1: write a name and a time, e.g. &apos;coffee 08:30, lunch 12:30&apos;</source>
        <translation>%1 を読み取れません：名前と時刻を書いてください。例：&apos;coffee 08:30, lunch 12:30&apos;</translation>
    </message>
    <message>
        <source>%1: the time must be 00:00-23:59</source>
        <translation>%1：時刻は 00:00〜23:59 にしてください</translation>
    </message>
    <message>
        <source>at most %1 daily anchors</source>
        <translation>毎日の習慣タイミングは %1 個までです</translation>
    </message>
    <message>
        <source>two anchors at the same time; give each its own</source>
        <translation>2つの習慣タイミングが同じ時刻です。それぞれ別の時刻にしてください</translation>
    </message>
    <message>
        <source>it is outside your working hours: DeskCoach starts again when they begin (change working_hours to work now)</source>
        <translation>勤務時間外です：勤務時間が始まると DeskCoach が再開します（今すぐ使うには working_hours を変更してください）</translation>
    </message>
    <message>
        <source>there is no break on screen to finish</source>
        <translation>完了する休憩が表示されていません</translation>
    </message>
    <message>
        <source>there is no break to snooze right now</source>
        <translation>今スヌーズできる休憩はありません</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>厳格モードがオンです：休憩はスヌーズできません</translation>
    </message>
    <message>
        <source>this break cannot be snoozed again (limit: %1 per break)</source>
        <translation>この休憩はこれ以上スヌーズできません（上限：休憩1回につき %1 回）</translation>
    </message>
    <message>
        <source>DeskCoach is paused: there is no break to skip</source>
        <translation>DeskCoach は一時停止中です：スキップする休憩はありません</translation>
    </message>
    <message>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>厳格モードがオンです：休憩はスキップできません</translation>
    </message>
    <message>
        <source>no skips left today (daily budget: %1)</source>
        <translation>今日のスキップはもう残っていません（1日の上限：%1 回）</translation>
    </message>
    <message>
        <source>a pause must end in the future</source>
        <translation>一時停止の終了は未来の時刻にしてください</translation>
    </message>
    <message>
        <source>a pause cannot be negative (%1): use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <extracomment>&quot;Pause until tomorrow&quot; resumes at this local time on the next morning.</extracomment>
        <translation>一時停止の長さは負にできません（%1）：30m、1h、1h30m、tomorrow などを使ってください</translation>
    </message>
    <message>
        <source>cannot read pause length %1: use e.g. 30m, 1h, 1h30m or tomorrow</source>
        <translation>一時停止の長さ %1 を読み取れません：30m、1h、1h30m、tomorrow などを使ってください</translation>
    </message>
    <message>
        <source>pause length %1 is outside 1m-24h</source>
        <translation>一時停止の長さ %1 が 1m〜24h の範囲外です</translation>
    </message>
    <message>
        <source>working hours are at most %1 characters</source>
        <translation>勤務時間は %1 文字までです</translation>
    </message>
    <message>
        <source>cannot read %1: write days then hours, e.g. &apos;mon-fri 08:30-17:30&apos;</source>
        <translation>%1 を読み取れません：曜日と時間の順に書いてください。例：&apos;mon-fri 08:30-17:30&apos;</translation>
    </message>
    <message>
        <source>working hours overlap on a day; list each time once</source>
        <translation>勤務時間が同じ日に重なっています。各時間は1回だけ書いてください</translation>
    </message>
    <message>
        <source>%1 is not a day or day range (use mon..sun, e.g. mon-fri)</source>
        <translation>%1 は曜日または曜日の範囲ではありません（mon..sun を使用、例：mon-fri）</translation>
    </message>
    <message>
        <source>%1: a day range runs forward, e.g. mon-fri</source>
        <translation>%1：曜日の範囲は前向きに書いてください。例：mon-fri</translation>
    </message>
    <message>
        <source>%1 is not a time range like 08:30-12:30</source>
        <translation>%1 は 08:30-12:30 のような時間の範囲ではありません</translation>
    </message>
    <message>
        <source>%1: a range must end after it starts, within one day</source>
        <translation>%1：範囲は開始より後に終わり、1日の中に収まるようにしてください</translation>
    </message>
    <message>
        <source>Pain or discomfort as the user rated it, 0 (none) to 10 (worst). Written by DeskCoach, which gives general movement guidance and does not diagnose.</source>
        <translation>利用者が評価した痛みや不快感、0（なし）から 10（最悪）。一般的な運動のガイダンスを提供し、診断は行わない DeskCoach によって作成されました。</translation>
    </message>
    <message>
        <source>Pain and exercise log</source>
        <translation>痛みと運動の記録</translation>
    </message>
    <message>
        <source>Weekly average</source>
        <translation>週平均</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Average (0-10)</source>
        <translation>平均（0〜10）</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>チェックイン</translation>
    </message>
    <message>
        <source>Plan changes</source>
        <translation>プランの変更</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>痛み</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>運動</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>after break</source>
        <translation>休憩後</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>朝</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>週ごと</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>date range</comment>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>チェックインはまだありません。</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>変更はまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · %n check-ins · Programme: %3</source>
        <translation>
            <numerusform>%1〜%2 · チェックイン %n 件 · プログラム：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins (the latest %1; %n older ones in the CSV export)</source>
        <translation>
            <numerusform>チェックイン（最新 %1 件。それより前の %n 件は CSV エクスポートに含まれます）</numerusform>
        </translation>
    </message>
    <message>
        <source>DeskCoach is already running; its icon is in the system tray.</source>
        <translation>DeskCoach はすでに実行中です。アイコンはシステムトレイにあります。</translation>
    </message>
    <message>
        <source>standing</source>
        <extracomment>each position in words, translated where shown</extracomment>
        <translation>立って行う</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>座って行う</translation>
    </message>
    <message>
        <source>seated or standing</source>
        <translation>座っても立っても行える</translation>
    </message>
    <message>
        <source>Stop if it hurts, tingles, goes numb, spreads into an arm or leg, or makes you dizzy.</source>
        <translation>痛み、ピリピリ感、しびれが出たとき、症状が腕や脚に広がったとき、めまいがしたときは中止してください。</translation>
    </message>
    <message>
        <source>%1: %2: &apos;%3&apos; %4 breaks the limit (%5, from %6); using %7</source>
        <translation>%1：%2：&apos;%3&apos; %4 は制限（%5、%6 による）を超えています。%7 を使用します</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by your organisation</source>
        <translation>&apos;%1&apos; は組織によって設定されています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must stay on (limit set by your organisation)</source>
        <translation>&apos;%1&apos; はオンのままにする必要があります（組織が設定した制限）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may be at most %2 (limit set by your organisation)</source>
        <translation>&apos;%1&apos; は %2 以下にしてください（組織が設定した制限）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be at least %2 (limit set by your organisation)</source>
        <translation>&apos;%1&apos; は %2 以上にしてください（組織が設定した制限）</translation>
    </message>
    <message>
        <source>your settings: %1; ignored</source>
        <translation>あなたの設定：%1。無視しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 (%3) is limited by your organisation to %4</source>
        <translation>&apos;%1&apos; %2（%3）は組織によって %4 に制限されています</translation>
    </message>
    <message>
        <source>%1: a policy must be an object of sections (%2), not %3</source>
        <translation>%1：ポリシーはセクション（%2）のオブジェクトにしてください（%3 ではありません）</translation>
    </message>
    <message>
        <source>&apos;version&apos; is missing; reading it as version %1</source>
        <translation>&apos;version&apos; がありません。バージョン %1 として読み込みます</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object of setting: value, not %3</source>
        <translation>%1：&apos;%2&apos; は「設定: 値」のオブジェクトにしてください（%3 ではありません）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; belongs inside &apos;mandatory&apos;; ignored</source>
        <translation>&apos;%1&apos; は &apos;mandatory&apos; の中に置くものです。無視しました</translation>
    </message>
    <message>
        <source>unknown section %1 (known: %2); ignored</source>
        <translation>不明なセクション %1（既知のセクション：%2）。無視しました</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be %1, not %2; reading it as version %1</source>
        <translation>&apos;version&apos; は %1 にしてください（%2 ではありません）。バージョン %1 として読み込みます</translation>
    </message>
    <message>
        <source>&apos;version&apos; is %1, newer than this DeskCoach understands (%2); known entries are used</source>
        <translation>&apos;version&apos; は %1 で、この DeskCoach が理解できるもの（%2）より新しいです。既知の項目だけを使用します</translation>
    </message>
    <message>
        <source>&apos;%1&apos; are only allowed in mandatory policy; ignored</source>
        <translation>&apos;%1&apos; は必須ポリシー（mandatory）でのみ使用できます。無視しました</translation>
    </message>
    <message>
        <source>%1; ignored</source>
        <translation>%1。無視しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object, not %2; ignored</source>
        <translation>&apos;%1&apos; はオブジェクトにしてください（%2 ではありません）。無視しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be limited (limits exist for: %2); ignored</source>
        <translation>&apos;%1&apos; は制限できません（制限できるもの：%2）。無視しました</translation>
    </message>
    <message>
        <source>unknown setting %1; ignored</source>
        <translation>不明な設定 %1。無視しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; false has no effect (a limit can only require it to be on; to switch it off for everyone, set it in mandatory)</source>
        <translation>&apos;%1&apos; の false は効果がありません（制限ではオンを必須にすることしかできません。全員に対してオフにするには mandatory で設定してください）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true (it must be on), not %2; ignored</source>
        <translation>&apos;%1&apos; は true（オン必須）にしてください（%2 ではありません）。無視しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3; ignored</source>
        <translation>&apos;%1&apos; は %2 にしてください（%3 ではありません）。無視しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes only a &apos;%2&apos; limit (a limit may only make settings stricter), not %3; ignored</source>
        <translation>&apos;%1&apos; に使えるのは &apos;%2&apos; の制限だけです（制限は設定を厳しくする方向にしか働きません）。%3 は使えません。無視しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 must be a whole number (%3), not %4; ignored</source>
        <translation>&apos;%1&apos; %2 は整数（%3）にしてください（%4 ではありません）。無視しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 (%4) is no limit; ignored</source>
        <translation>&apos;%1&apos; %2 %3（%4）は制限になりません。無視しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 %3 is outside %4; using %5</source>
        <translation>&apos;%1&apos; %2 %3 は %4 の範囲外です。%5 を使用します</translation>
    </message>
    <message>
        <source>unknown feature %1 (known: %2); ignored</source>
        <translation>不明な機能 %1（既知の機能：%2）。無視しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2; ignored</source>
        <translation>&apos;%1&apos; は true または false にしてください（%2 ではありません）。無視しました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; %2 contradicts mandatory &apos;%1&apos; %3; using %3</source>
        <translation>&apos;%1&apos; %2 は必須設定の &apos;%1&apos; %3 と矛盾します。%3 を使用します</translation>
    </message>
    <message>
        <source>%1: written by a newer DeskCoach (schema %2, this one knows %3); it is left untouched and this session&apos;s breaks are kept in memory only</source>
        <translation>%1：新しい DeskCoach で書き込まれています（スキーマ %2、このバージョンが扱えるのは %3）。ファイルには手を付けず、このセッションの休憩はメモリ上にのみ保持します</translation>
    </message>
    <message>
        <source>Break history could not be saved to %1 (%2). The breaks saved there are left as they are; this session&apos;s breaks are kept in memory and saved there as soon as it can be written again (DeskCoach retries every minute).</source>
        <translation>休憩の履歴を %1 に保存できませんでした（%2）。保存済みの休憩はそのまま残ります。このセッションの休憩はメモリ上に保持し、再び書き込めるようになり次第そこに保存します（DeskCoach は1分ごとに再試行します）。</translation>
    </message>
    <message>
        <source>%1: damaged (%2); it was moved to %3 and a fresh history started. To recover, quit DeskCoach and try `sqlite3 %3 .recover | sqlite3 recovered.sqlite3`.</source>
        <translation>%1：破損しています（%2）。%3 に移動し、新しい履歴を開始しました。復旧するには、DeskCoach を終了して `sqlite3 %3 .recover | sqlite3 recovered.sqlite3` を試してください。</translation>
    </message>
    <message>
        <source>%1: cannot be used (%2); breaks are kept in memory only this session</source>
        <translation>%1：使用できません（%2）。このセッションの休憩はメモリ上にのみ保持します</translation>
    </message>
    <message>
        <source>%1: not a readable JSON file (%2)</source>
        <extracomment>Each section as exported: its query, and the columns that hold JSON text.
----------
The staged columns of each section: the stored ones, then what the last checks need. Breaks looked up in the history at once, to find those it holds already. The page cache while importing (the history&apos;s own is 512 KiB): a million random look-ups in the uid index need the index in memory. Bounded, and put back afterwards.</extracomment>
        <translation>%1：読み込める JSON ファイルではありません（%2）</translation>
    </message>
    <message>
        <source>%1: not a DeskCoach export (&apos;format&apos; must be %2)</source>
        <extracomment>How far ahead of this computer&apos;s clock a recorded time may be (the other one&apos;s was fast). No record is older: clocks that lost their time restart at 1970, never before. How far a break may fall due from when it ended (skipping the next break ahead records a due time in the future; a long sleep one in the past).</extracomment>
        <translation>%1：DeskCoach のエクスポートではありません（&apos;format&apos; は %2 である必要があります）</translation>
    </message>
    <message>
        <source>%1: settings: %2</source>
        <translation>%1：設定：%2</translation>
    </message>
    <message>
        <source>%1: &apos;format_version&apos; is %2; this DeskCoach reads 1-%3</source>
        <translation>%1：&apos;format_version&apos; は %2 です。この DeskCoach が読めるのは 1〜%3 です</translation>
    </message>
    <message>
        <source>is %1, more than %2 days from its end (%3)</source>
        <translation>は %1 で、終了（%3）から %2 日を超えています</translation>
    </message>
    <message>
        <source>(%1) is before started (%2)</source>
        <translation>（%1）が started（%2）より前です</translation>
    </message>
    <message>
        <source>must be a list of exercise ids</source>
        <translation>は運動 ID のリストである必要があります</translation>
    </message>
    <message>
        <source>(%1) is before its break ended (%2.ended %3)</source>
        <translation>（%1）が休憩の終了（%2.ended %3）より前です</translation>
    </message>
    <message>
        <source>%1 is not among its break&apos;s exercises (%2.exercises)</source>
        <translation>%1 はその休憩の運動（%2.exercises）に含まれていません</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>はテキストである必要があります</translation>
    </message>
    <message>
        <source>must map item ids to %1</source>
        <translation>は項目 ID を %1 に対応付ける必要があります</translation>
    </message>
    <message>
        <source>names %1, not a checklist item</source>
        <translation>が %1 を指していますが、チェックリストの項目ではありません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object</source>
        <translation>%1：&apos;%2&apos; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list</source>
        <translation>%1：&apos;%2&apos; はリストである必要があります</translation>
    </message>
    <message>
        <source>%1: %2[%3] must be an object</source>
        <translation>%1：%2[%3] はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>must be a text of 1-200 characters</source>
        <translation>は 1〜200 文字のテキストである必要があります</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>は %1 から %2 までの整数である必要があります</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>は %1 のいずれかである必要があります</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with its UTC offset</source>
        <translation>は UTC オフセット付きの ISO 8601 時刻である必要があります</translation>
    </message>
    <message>
        <source>is %1, before %2</source>
        <translation>は %1 で、%2 より前です</translation>
    </message>
    <message>
        <source>is %1, in the future (this computer&apos;s clock says %2)</source>
        <translation>は %1 で、未来の時刻です（このコンピューターの時計では %2）</translation>
    </message>
    <message>
        <source>(%1) is before %2 (%3)</source>
        <translation>（%1）が %2（%3）より前です</translation>
    </message>
    <message>
        <source>%1: %2 appears twice</source>
        <translation>%1：%2 が2回出現します</translation>
    </message>
    <message>
        <source>a check-in&apos;s time must carry its UTC offset</source>
        <extracomment>after_break: the 10-second question after a break; morning: the first break of the day (&quot;how is it this morning?&quot;); weekly: the body map; manual: `deskcoach checkin`. At or under this during and after exercise is fine (&quot;a mild ache&quot;); above it is too much.</extracomment>
        <translation>チェックインの時刻には UTC オフセットが必要です</translation>
    </message>
    <message>
        <source>pain must be a whole number from 0 to %1, not %2</source>
        <translation>痛みは 0 から %1 までの整数にしてください（%2 ではありません）</translation>
    </message>
    <message>
        <source>kind is %1, allowed: %2</source>
        <translation>種類が %1 です。許可される値：%2</translation>
    </message>
    <message>
        <source>region is %1, allowed: %2</source>
        <translation>部位が %1 です。許可される値：%2</translation>
    </message>
    <message>
        <source>the note is one line of at most %1 characters</source>
        <translation>メモは1行で、%1 文字までです</translation>
    </message>
    <message>
        <source>Your answer matches a warning sign:</source>
        <translation>あなたの回答は警告サインに当てはまります：</translation>
    </message>
    <message numerus="yes">
        <source>week %1 of %n</source>
        <translation>
            <numerusform>%n 週中 %1 週目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week %1 of a %n-week programme</source>
        <translation>
            <numerusform>%n 週間のプログラムの %1 週目</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage: the number, then the sign as the language writes it</comment>
        <translation>%1%</translation>
    </message>
</context>
</TS>
