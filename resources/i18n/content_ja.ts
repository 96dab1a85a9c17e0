<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>exercise:ankle-pumps</name>
        <message>
            <source>Ankle pumps and circles</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Point, flex and circle your feet to keep the blood moving in your lower legs.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretch one leg out in front, heel on the floor, and point your toes away.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pull your toes back toward you, then point them again. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw slow circles with your foot, 5 each way.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch legs and do both moves with the other foot.</source>
            <comment>steps[3].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6 pumps and 6 circles a foot</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer, smaller movements; keep the heel on the floor.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 pumps and 10 circles a foot</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 pumps and 15 circles a foot</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lift the foot off the floor and make the circles larger.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:back-extension</name>
        <message>
            <source>Standing back bend</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A gentle lean back that undoes some of the forward bending of long sitting.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lean back only as far as feels easy, and keep your knees soft.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand with feet apart and put your hands on the back of your hips, fingers down.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lean back gently over your hands, then come upright again. 8 times, slowly.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 small leans</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lean back only a little, hands supporting the lower back.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 gentle leans</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 leans, 2 s at the end</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause briefly at the end of each lean if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:belly-breathing</name>
        <message>
            <source>Slow belly breathing</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slow breaths into the belly, a calm way to settle between tasks.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feeling light-headed? Breathe more gently, or go back to normal breathing.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Don't hold your breath; let each breath flow into the next.</source>
            <comment>cautions[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit back comfortably, shoulders loose, one hand resting on your belly.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in through your nose so your belly lifts your hand; breathe out long and soft.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer breaths; breathe out for as long as is easy.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More breaths, with a slightly longer breath out.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:bruegger-relief</name>
        <message>
            <source>Brügger relief position</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit at the chair edge and open up: the opposite of a slumped desk posture.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the lift small; it should feel open, never strained.</source>
            <comment>cautions[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to the front edge of your seat and sit tall.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set your feet wide and turned out, lift your breastbone, turn your palms forward.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay in this open shape for 5 slow breaths, then relax.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer breaths; turn the palms out only part way.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 slow breaths</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More breaths, holding the open position throughout.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:calf-raises</name>
        <message>
            <source>Calf raises</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Works your calves and gets the blood moving in legs that have been still.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>12 raises</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsteady on your feet? Keep both hands on the desk, or take the seated version.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sore Achilles tendon or heel? Rise only a little, or pick another move.</source>
            <comment>cautions[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand facing your desk, feet hip-width apart, fingertips resting on it.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rise up onto your toes, then lower your heels slowly. 12 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 raises</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer raises, both hands on the desk, lifting only part way.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>12 raises</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 raises, 2 s lowering</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More raises, lowering slowly over two seconds.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:chin-tuck</name>
        <message>
            <source>Chin tucks</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slides your head back over your shoulders after leaning in toward the screen.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep your eyes level: the head slides straight back, it does not nod down.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop if you notice pain or tingling going into an arm.</source>
            <comment>cautions[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit or stand tall and look straight ahead.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Glide your head straight back, making a double chin. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 tucks, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer, gentler tucks with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 tucks, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 tucks, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More tucks with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:doorway-chest-stretch</name>
        <message>
            <source>Doorway chest stretch</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens the chest and the fronts of the shoulders, which tighten as you hunch.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shoulder that feels loose or has slipped out before? Keep your elbows lower.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand in a doorway and rest your forearms on the frame, elbows at shoulder height.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step one foot through and lean gently until your chest opens. Hold 25 s.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step back, breathe, then step through with the other foot and hold again.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 holds of 15 s</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorter holds, elbows lower and a smaller step.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 holds of 25 s</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 holds of 30 s</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer holds with a slightly deeper step.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:eye-rest-20-20-20</name>
        <message>
            <source>20-20-20 eye rest</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lets your eyes relax their focus and blink fully after close work at the screen.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look away from the screen to something at least 6 m (20 ft) away.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep your eyes on it for 20 seconds and let your face soften.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blink slowly and fully a few times, closing your eyes all the way.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 s, looking far away</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short look at the farthest point you can see.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>20 s, looking 6 m away</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>30 s, looking 6 m away</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Look longer and blink fully a few times.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:hip-flexor-stretch</name>
        <message>
            <source>Standing hip-flexor stretch</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens the fronts of your hips, which stay folded for as long as you sit.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sore knee? Take a shorter step and keep a hand on the desk.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold the desk and step one foot well back, both feet pointing forward.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tuck your tailbone under, squeeze the back buttock and shift forward gently. Hold.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch legs and hold the stretch on the other side.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorter holds with a smaller step; hold the desk.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer holds, squeezing the back buttock a little more.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:hip-hinge</name>
        <message>
            <source>Hip hinge</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practice bending from the hips with a long back, the easy way to reach down.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back feeling tight? Keep the bend small and let the hips do the moving.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand with feet hip-width apart, knees soft, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Push your hips back, head, upper back and tailbone in one line; squeeze to rise. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finish standing tall and let your breath settle.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 slow hinges</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer hinges, bending only a little, hands on the thighs.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 slow hinges</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>12 slow hinges</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More hinges, with a slower return to standing.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:near-far-focus</name>
        <message>
            <source>Near and far focus</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch your focus between near and far for a change from the fixed screen distance.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 switches</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold a pen upright about 30 cm in front of your face.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Focus on the pen tip for a moment, then on something far away. Switch 10 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6 switches</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer switches, pausing longer at the far point.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 switches</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 switches</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More switches at an even pace.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:neck-rotation</name>
        <message>
            <source>Neck turns</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slow looks over each shoulder to keep your neck turning freely.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move slowly and keep the turn within an easy range.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit or stand tall, shoulders relaxed, chin level.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn your head slowly to look over your right shoulder. Hold 5 s, come back. 3 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now look over your left shoulder the same way. 3 times.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 small turns each side</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn only part way, staying well inside comfort.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 turns each side</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 turns each side</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More turns, holding each for a breath.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:neck-side-bend</name>
        <message>
            <source>Neck side stretch</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eases the sides of your neck and the tops of your shoulders.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let the weight of your head do the work; don't pull it down with your hand.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let your left arm hang or hold the seat; tip your right ear toward your right shoulder.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lift your head slowly, then tip your left ear toward your left shoulder the same way.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once more to the right, breathing slowly.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>And once more to the left, then lift your head up slowly.</source>
            <comment>steps[3].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 × 10 s each side</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorter holds, a smaller bend, no hand on the head.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 × 15 s each side</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 × 20 s each side</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer holds on each side.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:overhead-reach</name>
        <message>
            <source>Overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretch tall through your sides and chest while your breathing slows down.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand tall, feet hip-width apart, and let your ribs settle down.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your shoulders.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:palming</name>
        <message>
            <source>Palming</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm, cupped hands shut out the light and give your eyes a short rest.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>25 s</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest your hands on the bones around your eyes; no pressure on the eyes.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this if you have had eye surgery recently.</source>
            <comment>avoid_if[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rub your palms together briskly until they feel warm.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close your eyes and cup your hands over them, fingers on your forehead. Rest.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 s</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A shorter rest with the palms cupped over the eyes.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>25 s</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>40 s</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A longer rest, breathing slowly.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:seated-ab-brace</name>
        <message>
            <source>Seated belly brace</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wakes up the deep belly muscles that support your lower back while you sit.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep breathing while you brace; never hold your breath.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit tall, feet flat, and rest both hands on your belly.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe out and firm your belly as if for a light poke, ribs down. Hold 5 s. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 braces, 3 s each</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer, lighter braces; keep breathing throughout.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 braces, 5 s each</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 braces, 8 s each</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More braces held longer, still breathing normally.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:seated-back-extension</name>
        <message>
            <source>Seated back bend</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lift your chest at the edge of your chair to come out of a slumped curve.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move gently, and only as far as feels easy.</source>
            <comment>cautions[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this if pain, numbness or tingling spreads down your leg.</source>
            <comment>avoid_if[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this if you have spinal stenosis or spondylolisthesis.</source>
            <comment>avoid_if[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit on the front edge of your chair, feet flat, hands on your lower back.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lift your chest up and forward so your lower back arches a little. Ease off. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 chest lifts</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer lifts, moving only a little.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 chest lifts</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 chest lifts, 2 s each</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More lifts with a short pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:seated-chest-opener</name>
        <message>
            <source>Seated chest opener</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw your elbows wide and back to open the chest, right from your chair.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest your hands lightly; never pull on your head or neck.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit tall and rest your fingertips behind your head, elbows in front.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in and draw your elbows wide and back. Hold 3 s, then relax. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 openings, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer openings with shorter holds.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 openings, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 openings, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More openings with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:seated-forward-fold</name>
        <message>
            <source>Seated forward fold</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let your back round forward and hang loose for a few slow breaths.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Come up slowly; light-headed when you sit up? Pause before you carry on.</source>
            <comment>cautions[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this if bending forward makes back or leg pain worse.</source>
            <comment>avoid_if[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat and wide apart.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let your chest fold down toward your knees, arms and head hanging loose.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay folded for 3 slow breaths, then roll up slowly, head last.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 slow breaths, folded</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A smaller fold, hands on the knees.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 slow breaths, folded</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 slow breaths, folded</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stay folded for more breaths.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:seated-hamstring-stretch</name>
        <message>
            <source>Seated hamstring stretch</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eases the backs of the thighs, which shorten when you sit all day.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lean from the hips with a long back; no bouncing, no reaching for the toes.</source>
            <comment>cautions[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It brings on pain, numbness or tingling down the leg.</source>
            <comment>avoid_if[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit near the front of your seat. Stretch your right leg out, heel down, toes up.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit tall and lean forward from your hips until the back of the thigh eases. Hold 20 s.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit up slowly, switch legs and hold the other side the same way.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 s each leg</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A shorter hold with the knee a little bent.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>20 s each leg</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about 40 s each leg</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer holds on each leg, sitting tall.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:seated-heel-raises</name>
        <message>
            <source>Seated heel raises</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Works your calves and keeps the blood moving in your legs without leaving the chair.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 raises</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit tall with your feet flat and your knees above your ankles.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lift both heels as high as you can, then lower them slowly. 15 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 raises</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer raises.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 raises</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>20 raises, 2 s holds</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More raises with a pause at the top.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-flexor-stretch</name>
        <message>
            <source>Seated hip-flexor stretch</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hip-flexor stretch sideways on a chair without wheels, one leg sliding back.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>25 s each side</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only on a chair without wheels that cannot tip; keep one hand on its backrest.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your chair has castors: do the standing hip-flexor stretch, one hand on the desk.</source>
            <comment>avoid_if[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit sideways near the edge of a chair without wheels, one hand on its backrest.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slide your outer leg back, knee pointing down, sit tall and tuck your tailbone. Hold.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn to face the other way and stretch the other leg.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 s each side</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorter holds with the leg slid back less far.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>25 s each side</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>30 s each side</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer holds, sitting a little taller.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:seated-hip-hinge</name>
        <message>
            <source>Seated hip hinge</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lean forward from the hips with a long back, right from the edge of your chair.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop if you feel pain, numbness or tingling running down a leg.</source>
            <comment>cautions[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit near the front edge, feet flat and apart, hands resting on your thighs.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lean forward from your hips, head, upper back and tailbone in one line. Sit tall. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 slow leans</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer, smaller leans from the hips.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 slow leans</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>12 slow leans</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More leans with a slower return.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:seated-march</name>
        <message>
            <source>Seated march</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marching in your chair gets the legs and blood moving when you can't step away.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit tall near the front of your seat and hold its sides lightly.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lift one knee, then the other, in an easy marching rhythm.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep marching, a little quicker, for the last few seconds.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about 30 seconds</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A shorter march, lifting the knees only a little.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about 90 seconds</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A longer march, lifting the knees higher.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:seated-overhead-reach</name>
        <message>
            <source>Seated overhead reach with slow breaths</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The overhead reach from your chair: tall through the sides, breathing slow.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sore shoulder? Lift one arm at a time, or stop lower where it still feels easy.</source>
            <comment>cautions[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit near the front of your seat, feet flat, back away from the backrest.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in as you reach both arms up; breathe out as you lower them to your shoulders.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in and reach up and over to the left; breathe out and lower your arms.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now reach up and over to the right the same way, lowering your arms in between.</source>
            <comment>steps[3].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6 slow breaths</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer breaths; reach only as high as is easy.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 slow breaths, arms down between</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>13 slow breaths</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More breaths, adding a gentle lean to each side.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:seated-thoracic-rotation</name>
        <message>
            <source>Seated upper-back twist</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turns the upper back gently both ways from your chair, hips staying put.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit tall near the front of your seat, feet flat, arms crossed on your chest.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, knees pointing ahead.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:short-walk</name>
        <message>
            <source>Short walk</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two minutes on your feet, the simplest way to get the blood moving again.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walking hard for you today? The seated march is a good swap.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand up, stretch tall and set off at an easy pace.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walk for about two minutes: refill your water, take the long way, or climb a flight.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stroll back, roll your shoulders and settle in.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about 1 minute</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A shorter walk at an easy pace.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about 2 minutes</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about 3 minutes</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A longer walk, or take the stairs.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:shoulder-blade-squeeze</name>
        <message>
            <source>Shoulder-blade squeezes</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wakes up the muscles between your shoulder blades and opens a rounded posture.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep your shoulders away from your ears; no shrugging.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit or stand tall, elbows bent at your sides, hands in front of you.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw your shoulder blades back and down. Hold 3 s, then let go. 10 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>6 squeezes, 2 s each</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer, gentler squeezes.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 squeezes, 3 s each</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>12 squeezes, 5 s each</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More squeezes with longer holds.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:shoulder-rolls</name>
        <message>
            <source>Shoulder rolls</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Big, slow circles that loosen shoulders held still over the keyboard.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit or stand tall and let your shoulders settle.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roll your shoulders up, back and down in slow, big circles. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now roll them the other way: up, forward and down. 5 times.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 rolls each way</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer, smaller rolls.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 rolls each way</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 rolls each way</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More rolls, slow and as large as is comfortable.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:sit-to-stand</name>
        <message>
            <source>Sit to stand</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a steady chair, stand up and sit down without your hands, for strong legs.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 stands</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knees complain? Use a higher seat or a cushion, and go slower.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a chair that won't roll away: no castors, or castors locked.</source>
            <comment>cautions[1]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Standing up without your hands is not safe for you today.</source>
            <comment>avoid_if[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit near the front of a steady chair, feet hip-width apart and a little back.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lean forward and stand up tall without using your hands; sit down slowly. 8 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 stands, hands on the thighs</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer stands, pushing up with the hands.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 stands</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>12 stands, 3 s to sit</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More stands, lowering slowly over three seconds.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:tendon-glides</name>
        <message>
            <source>Tendon glides</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A run of hand shapes that moves every finger joint through its full range.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 rounds</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joints sore from arthritis? Move gently, only as far as is comfortable.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold one or both hands up, fingers straight and together.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bend the top two finger joints into a hook, big knuckles staying straight.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Curl into a soft full fist, then open flat. Go through all 3 shapes 5 times.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spread your fingers wide, hold 3 s and relax. 5 times.</source>
            <comment>steps[3].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 rounds</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer rounds, moving gently.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 rounds</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 rounds</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More rounds, holding each position for a moment.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:thoracic-rotation</name>
        <message>
            <source>Standing upper-back twist</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turns the upper back gently both ways to ease the stiffness of facing one screen.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back flaring up? Keep the turn small and slow.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand tall and cross your arms over your chest, hands on your shoulders.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe out and turn your chest to the left, eyes leading. Come back. 5 times.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now turn to the right the same way, 5 times, hips facing forward.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 turns each way</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer, smaller turns.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 turns each way</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>7 turns each way</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More turns, breathing out as you turn.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:wall-angels</name>
        <message>
            <source>Wall angels</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slide your arms up a wall to open the chest and get the shoulder blades moving.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slide only as high as you can without pain or your back arching off the wall.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand with your back, head and bottom against a wall, feet a small step forward.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raise your arms into a W, elbows and backs of the hands touching the wall.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slide your arms up into a Y, then back down to the W. 8 times, slowly.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 slow slides</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer slides, arms only to shoulder height.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 slow slides</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 slow slides</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More slides, reaching higher if it stays comfortable.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:wrist-extensor-stretch</name>
        <message>
            <source>Wrist stretch, back of the forearm</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretches the top of the forearm, the muscles that hold your hands up to type.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight, palm down.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With your other hand, ease the back of the hand down until you feel a mild stretch.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>exercise:wrist-flexor-stretch</name>
        <message>
            <source>Wrist stretch, palm side</source>
            <comment>name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretches the underside of the forearm, which works hard when you grip a mouse.</source>
            <comment>summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carpal tunnel or tendon pain flaring up? Stretch very lightly, or skip this one.</source>
            <comment>cautions[0]</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold one arm out in front at shoulder height, elbow straight.</source>
            <comment>steps[0].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Point the fingers up and use the other hand to ease them back toward you. Hold.</source>
            <comment>steps[1].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let go slowly, switch arms and stretch the other side for 15 s.</source>
            <comment>steps[2].text</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 s each arm</source>
            <comment>levels[0].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorter, gentler holds with the elbow soft.</source>
            <comment>levels[0].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>15 s each arm</source>
            <comment>levels[1].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the steps describe.</source>
            <comment>levels[1].how</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>30 s each arm</source>
            <comment>levels[2].dose</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longer holds on each arm.</source>
            <comment>levels[2].how</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist-group:chair</name>
        <message>
            <source>Chair</source>
            <comment>title</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist-group:desk</name>
        <message>
            <source>Desk</source>
            <comment>title</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist-group:screen</name>
        <message>
            <source>Screen</source>
            <comment>title</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist-group:keyboard_mouse</name>
        <message>
            <source>Keyboard and mouse</source>
            <comment>title</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist-group:laptop</name>
        <message>
            <source>Laptop</source>
            <comment>title</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist-group:environment</name>
        <message>
            <source>Light, air and space</source>
            <comment>title</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist-group:habits</name>
        <message>
            <source>Habits</source>
            <comment>title</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:C1</name>
        <message>
            <source>Are your feet flat on the floor (or a footrest), with your thighs about level?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the right seat height your weight rests evenly and the seat edge doesn't press into your thighs.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raise or lower the seat until your thighs are level; if your feet then dangle, add a footrest or a sturdy box.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:C2</name>
        <message>
            <source>Does the backrest fit into the curve of your lower back?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With support in the small of your back, sitting upright takes no effort.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the backrest or its lumbar pad to belt height (15-25 cm above the seat); a rolled towel works too.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:C3</name>
        <message>
            <source>Sitting back, can you fit 2-3 fingers between the seat's front edge and the backs of your knees?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A seat that is too deep presses behind your knees or pushes you forward, away from the backrest.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slide the seat back if it adjusts; if not, put a firm cushion behind your back to bring you forward.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:C4</name>
        <message>
            <source>Do the armrests let you sit close to the desk with your shoulders relaxed?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High armrests hitch your shoulders up, and armrests that bump the desk keep you from sitting close.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lower the armrests or swing them out of the way; if they don't adjust, ask whether they can come off.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:C5</name>
        <message>
            <source>Is your chair steady and in good repair, and do you know what each of its levers does?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A chair only fits you if it works and you know how to adjust it.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report broken or wobbly parts for repair; ask for a quick demo of the levers, or look up the chair's model.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:C6</name>
        <message>
            <source>Do you sit right back in the seat, with the backrest upright or tilted back slightly?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaning on a backrest set a little past upright takes load off your lower back; perching forward takes it all.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slide your hips to the back of the seat and set the backrest just past upright (about 100-110 degrees).</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:D1</name>
        <message>
            <source>Is there clear room under the desk for your thighs, knees and feet?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Boxes or drawers under the desk make you sit twisted or perched away from it.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store things elsewhere; if your knees touch the underside, raise the desk, or lower the seat and add a footrest.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:D2</name>
        <message>
            <source>Is the desk big enough to lay out your screen, keyboard and papers without squeezing?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On a crowded desk the screen ends up too close and the keyboard off to one side.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear off what you don't use daily and push the screen further back; ask for a bigger desk if it still won't fit.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:D3</name>
        <message>
            <source>Can you reach the things you use often (phone, notes, mouse) without stretching?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretching out for the same things many times a day tires your shoulders and back.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep what you use daily within a forearm's reach and move the rarely used things further out.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:D4</name>
        <message>
            <source>If you have a sit-stand desk, do you switch between sitting and standing through the day?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A sit-stand desk only helps when you actually change position; either posture held all day is tiring.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swap about every 30 minutes to start with; a DeskCoach break is a handy moment to change.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:D5</name>
        <message>
            <source>When you stand to work, are the desk and screen set for standing, and your feet comfortable?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A standing desk left at sitting height, or hard floor in thin shoes, soon makes standing a strain.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raise the desk until your forearms are level with it and the screen with it; wear supportive shoes or stand on a mat.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:D6</name>
        <message>
            <source>At home or at a shared desk, do you set the chair, desk and screen to fit you before you start?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A desk set up for someone else, or a kitchen table, fits you only by chance.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take two minutes at the start: seat height, backrest, screen height and distance, keyboard; this checklist is the list.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:S1</name>
        <message>
            <source>Is the top of the screen at or slightly below eye level (lower if you wear bifocals)?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A screen set too high tips your head back; one set too low pulls it forward and down.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raise the screen on a riser, monitor arm or books until the top line meets your eyes; bifocal wearers, go lower.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:S2</name>
        <message>
            <source>Is the screen at least an arm's length away, with text you can read without leaning in?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too close and your eyes work hard to focus; too far and you lean forward to read.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put it at least an arm's length away (about 50 cm or more; farther for a big screen), then enlarge the text if needed.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:S3</name>
        <message>
            <source>Is the screen you use most straight in front of you, so you don't turn your head to see it?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking off to one side for hours keeps your neck twisted.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Centre your main screen behind the keyboard; with two screens used equally, put the gap between them in the middle.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:S4</name>
        <message>
            <source>Can you read the screen without bright patches or mirror images of lights and windows on it?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light bouncing off the screen fades the text, and you end up squinting or ducking your head around it.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the screen side-on to windows, draw the blinds when the sun is low, and tip the screen until the lamps vanish from it.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:S5</name>
        <message>
            <source>Are brightness and contrast comfortable, and is the picture steady, without flicker?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A dim, glaring or flickering picture makes reading hard work.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Match the screen's brightness to the room in the display settings; report flicker that the settings don't cure.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:S6</name>
        <message>
            <source>If you type from papers, are they held up near the screen rather than flat on the desk?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking down at papers and up at the screen again and again keeps your neck bobbing.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put a document holder beside the screen, or between the keyboard and the screen, at about screen height.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:K1</name>
        <message>
            <source>When you type, are your elbows at about a right angle, shoulders relaxed and wrists straight?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With the keys at elbow height your shoulders can drop and your wrists stay straight.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adjust the chair until your forearms are level with the keys (add a footrest if needed) and fold the keyboard's feet flat.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:K2</name>
        <message>
            <source>Is there room in front of the keyboard to rest your hands when you pause?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A place to rest your hands lets your arms relax instead of hovering over the keys.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the keyboard back from the desk edge so your hands and wrists have room in front of it.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:K3</name>
        <message>
            <source>Is your mouse right next to the keyboard, at the same height?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A mouse out at the side or on a higher shelf keeps your arm reaching away from your body.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring the mouse in close; a keyboard without a number pad shortens the reach, or try mousing with the other hand.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:K4</name>
        <message>
            <source>Does your mouse fit your hand, with the pointer moving at a speed that feels right?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An awkward mouse or a sluggish pointer makes you grip harder and move your arm more.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the pointer speed in the mouse settings; if it still feels wrong, ask to try another mouse or a trackball.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:K5</name>
        <message>
            <source>Is the keyboard centred in front of you, with the B key roughly in line with your navel?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Typing on a keyboard pushed off to one side keeps your arms and upper back turned all day.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slide the keyboard so its letter keys (not the whole board) sit in front of you; the B key lines up with your navel.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:K6</name>
        <message>
            <source>If you have a wrist or palm rest, do you lean on it only while pausing, not while typing?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pressing your wrists on a rest while you type bends them and presses on the tissues inside.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let your hands float over the keys as you type and rest the heels of your hands on the rest only in pauses.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:L1</name>
        <message>
            <source>For longer spells on the laptop, do you use a separate keyboard and mouse, with its screen raised?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On a laptop the screen and keys are joined, so one of them is always at the wrong height.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raise the laptop on a stand so the screen is at eye level and plug in a keyboard and mouse, or use a dock and monitor.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:E1</name>
        <message>
            <source>Is there enough light to read papers easily, without it glaring on the screen?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too little light makes you lean in; too much, or in the wrong place, bounces off screen and paper.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a desk lamp aimed at your papers, not the screen, or move out from under a bright ceiling light.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:E2</name>
        <message>
            <source>Are the noise, temperature and air (not too dry or stuffy) comfortable where you work?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A noisy, stuffy, hot or cold room wears down your comfort and concentration over a day.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell facilities what bothers you and when it happens; meanwhile a fan, an extra layer or headphones can help.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:E3</name>
        <message>
            <source>Is there room around your chair to shift position, stand up and stretch?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moving often is easy only when there is space to do it.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the floor around your chair and rearrange the furniture; ask facilities if the space is simply too small.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:H1</name>
        <message>
            <source>Do you break up screen work at least once an hour with a short pause or an off-screen task?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short, frequent breaks suit screen work better than long, rare ones.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn on DeskCoach's breaks, and save calls, filing and printing for the gaps between screen spells.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:H2</name>
        <message>
            <source>Do you rest your eyes often, looking into the distance and blinking fully for a few seconds?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People blink less while reading a screen, and hours of close focus are tiring for the eyes.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 20 minutes or so, look at something about 6 m (20 ft) away for 20 seconds and blink fully a few times.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:H3</name>
        <message>
            <source>Have you had an eye test recently?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some people need glasses made for screen distance; an eye test is how to find out.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask your manager or HR: in the UK and EU, employers arrange an eye test for screen users who ask for one.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:H4</name>
        <message>
            <source>Has someone shown you how to adjust your chair, desk and screen to fit you?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adjustable furniture only helps if you know how to set it.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask your manager for a short workstation set-up session, or go through this checklist with each control in hand.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:H5</name>
        <message>
            <source>Are you free of aches, tingling or eye strain that you put down to your work?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discomfort that keeps coming back is worth raising early, while it is easy to act on.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell your manager so your workstation can be looked at again, and see a health professional if it lasts.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>checklist:H6</name>
        <message>
            <source>For long calls, do you use a headset rather than holding the phone between your ear and shoulder?</source>
            <comment>question</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clamping a phone with your shoulder holds your neck bent to one side for the whole call.</source>
            <comment>why</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a headset or earphones for calls longer than a few minutes, or the speaker when you are on your own.</source>
            <comment>fix</comment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
