import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 223, file c2: a guitar lesson site's lesson page (a server-rendered Next.js app: the __next root, the header
 * menu with "Log in" and "Sign up free", the course breadcrumb, the lesson code and grade badge, the video embed with its
 * consent placeholder, a chord diagram figure with caption, the practice box, "Mark as complete", previous / next lesson
 * cards, the module lesson list in the sidebar, the donation box, the community prompt, the cookie bar and the footer).
 */
const glTitle = 'Your First Barre Chord: F Major Made Manageable';
const glP1 = [
  'Almost every guitarist remembers the week they met the F major chord. It is usually the first chord that asks your first finger ' +
    'to hold down more than one string, and for a while it can feel impossible. It is not. It just needs to be learned in stages.',
  'In this lesson we build the chord up in three steps, starting with a small version you can play today and finishing with the ' +
    'full six-string barre. Take as long as you need on each step. A week per step is completely normal.',
];
const glH1 = 'Step 1: the mini F';
const glP2 = [
  'Start with only the top four strings. Lay your first finger flat across the first fret of the high E and B strings, put your ' +
    'second finger on the second fret of the G string and your third finger on the third fret of the D string. Strum from the D ' +
    'string down.',
  'Play each string on its own and listen. If a note buzzes or is muted, move the finger a little closer to the fret, not further ' +
    'into the string. Pressing harder is rarely the answer.',
];
const glH2 = 'Step 2: adding the bass note';
const glP3 = [
  'When the mini F rings clearly, add your fourth finger on the third fret of the A string. This gives you a five-string shape with ' +
    'a stronger bass. Your hand will feel crowded at first, so keep your thumb low on the back of the neck to give the fingers more reach.',
];
const glH3 = 'Step 3: the full barre';
const glP4 = [
  'Now move your first finger so it covers all six strings at the first fret, and shift your other fingers into the E shape: third ' +
    'finger on the A string, fourth finger on the D string, both at the third fret, and second finger on the G string at the second fret.',
  'Roll your first finger very slightly onto its bony outside edge. The flat, fleshy underside has creases that mute strings, while ' +
    'the edge gives a firmer, more even press.',
];
const glH4 = 'Practice plan';
const glList = [
  'One minute of changes between C and the mini F, slowly, every day.',
  'Play the full barre, check every string, release, and repeat ten times.',
  'Strum four beats on F, then four on C, with a metronome at 60 bpm.',
  'Stop if your hand hurts. Tiredness is fine; pain is not.',
];
const glP5 = [
  'When you can change from C to the full F in time at 60 bpm, you are ready for the next lesson, where we use the same shape to play ' +
    'G and A by moving it up the neck.',
];
const glCaption = 'F major, full barre: first finger across all six strings at the 1st fret.';
const glNav = ['Lessons', 'Songs', 'Courses', 'Practice Tools', 'Community', 'Store'];
const glCrumbs = ['Beginner Course', 'Grade 2', 'Module 8: Barre Chords'];
const glModule = [
  'Why barre chords matter',
  'Building finger strength',
  'Your First Barre Chord: F Major Made Manageable',
  'Moving the E shape',
  'Module 8 quiz',
];
const glFoot = ['About', 'Contact', 'FAQ', 'Teachers', 'Gift Vouchers', 'Privacy', 'Terms', 'Cookie Settings'];
const glHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${glTitle} | Fretwise</title>
<meta name="description" content="Learn the F major barre chord in three steps."><meta property="og:title" content="${glTitle}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Fretwise">
<link rel="canonical" href="https://www.fretwise.example/lessons/bc-203">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LearningResource","name":"${glTitle}","educationalLevel":"Beginner",
"teaches":"F major barre chord","author":{"@type":"Person","name":"Declan Mahony"},"video":{"@type":"VideoObject","name":"${glTitle}",
"uploadDate":"2024-06-11"}}</script>
<link rel="preload" href="/_next/static/css/5d1e7a3c.css" as="style"><link rel="stylesheet" href="/_next/static/css/5d1e7a3c.css" data-n-g="">
<script src="/_next/static/chunks/webpack-9b2f.js" defer></script><script src="/_next/static/chunks/pages/lessons/[slug]-41a0.js" defer></script></head>
<body><div id="__next"><div class="Layout_root__x1Q2">
<header class="Header_header__3kP1"><a class="Header_logo__aZ9" href="/">Fretwise</a><nav class="Header_nav__b71"><ul>${links(glNav, 'Header_item__0p')}</ul>
</nav>
<div class="Header_account__k3"><a href="/login">Log in</a><a class="Button_primary__2x" href="/signup">Sign up free</a></div></header>
<div class="LessonPage_wrap__7Tq"><main class="LessonPage_main__f3a">
<nav aria-label="breadcrumb" class="Breadcrumb_root__q1"><ol>${links(glCrumbs)}</ol></nav>
<div class="LessonHeader_root__l0"><span class="LessonHeader_code__Hh">BC-203</span><span class="Badge_grade2__rt">Grade 2</span>
<h1 class="LessonHeader_title__9c">${glTitle}</h1><p class="LessonHeader_meta__2b">With <a href="/teachers/declan-mahony">Declan Mahony</a> · 14 min video</p>
</div>
<div class="VideoEmbed_root__mQ"><div class="VideoEmbed_consent__Yc"><p>This video is hosted on YouTube. By playing it you accept YouTube's cookies.</p>
<button>Play video</button></div><noscript><iframe src="https://www.youtube-nocookie.example/embed/f8xk2" title="${glTitle}"></iframe></noscript></div>
<article class="LessonBody_root__Zs">
${ps(glP1)}
<h2>${glH1}</h2>
${ps(glP2)}
<h2>${glH2}</h2>
${ps(glP3)}
<h2>${glH3}</h2>
<figure class="ChordDiagram_root__1v"><svg role="img" aria-label="F major chord diagram" viewBox="0 0 120 150"><title>F major chord diagram</title></svg>
<figcaption>${glCaption}</figcaption></figure>
${ps(glP4)}
<div class="PracticeBox_root__nd"><h2>${glH4}</h2><ul>${glList.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
${ps(glP5)}
</article>
<div class="LessonActions_root__Pq"><button class="Button_complete__z3">Mark as complete</button>
<button class="Button_ghost__a1">Add to practice list</button></div>
<nav class="LessonNav_root__Rk"><a href="/lessons/bc-202" class="LessonNav_prev__0"><span>Previous lesson</span><strong>Building finger strength</strong></a>
<a href="/lessons/bc-204" class="LessonNav_next__1"><span>Next lesson</span><strong>Moving the E shape</strong></a></nav>
<div class="CommunityPrompt_root__pe"><h3>Stuck on this lesson?</h3><p>Ask a question in the community forum and one of our teachers will reply.</p>
<a href="/community/c/beginner-course">Go to the forum</a></div></main>
<aside class="LessonPage_sidebar__8m"><div class="ModuleList_root__3a"><h3>Module 8: Barre Chords</h3><ol>${links(glModule, 'ModuleList_item__x')}</ol>
<p class="ModuleList_progress__1">2 of 5 lessons complete</p></div>
<div class="Donate_root__Ln"><h3>Keep Fretwise free</h3><p>Every lesson on this site is free, paid for by students who chip in what they can.</p>
<a class="Button_primary__2x" href="/support">Support us</a></div></aside></div>
<div class="CookieBar_root__9d" role="region" aria-label="Cookie notice">
<p>We use essential cookies to run this site and, with your permission, analytics cookies.</p>
<button>Allow analytics</button><button>Essential only</button></div>
<footer class="Footer_root__kk"><ul>${links(glFoot)}</ul><p>© 2025 Fretwise Ltd. Made in Ballinure.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"lesson":{"code":"BC-203","grade":2,"minutes":14}}},"page":"/lessons/[slug]",
"buildId":"rD0x"}</script>
</body></html>`;
export const guitarLesson: TestPage = {
  html: glHtml,
  name: 'heldout223-fretwise-guitar-lesson',
  kind: 'docs',
  // the practice box is part of the lesson (heading and items are gold); the module list entry equal to the title is left out
  title: glTitle,
  headings: [glH1, glH2, glH3, glH4],
  body: [...texts(glP1), ...texts(glP2), ...texts(glP3), ...texts(glP4), ...glList, ...texts(glP5)],
  bylines: ['With Declan Mahony · 14 min video'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fretwise', ...glNav, 'Log in', 'Sign up free', ...glCrumbs, 'BC-203',
    'Grade 2', "This video is hosted on YouTube. By playing it you accept YouTube's cookies.",
    'Play video', glCaption, 'Mark as complete', 'Add to practice list', 'Previous lesson', 'Next lesson', 'Stuck on this lesson?',
    'Ask a question in the community forum and one of our teachers will reply.', 'Go to the forum', ...glModule.filter((t) => t !== glTitle),
    '2 of 5 lessons complete', 'Keep Fretwise free', 'Every lesson on this site is free, paid for by students who chip in what they can.', 'Support us',
    'We use essential cookies to run this site and, with your permission, analytics cookies.', 'Allow analytics', 'Essential only', ...glFoot,
    '© 2025 Fretwise Ltd. Made in Ballinure.',
  ],
};
