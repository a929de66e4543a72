import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 162, file d2: a W3Schools tutorial page (the top bar with Tutorials / Exercises / Certificates /
 * Services menus, search, "Get Certified", "Sign Up" and "Log in"; the subject strip; the left sidebar with the Python
 * tutorial's lessons and group headings; the leaderboard ad; the h1 with its coloured span; "❮ Previous" / "Next ❯"
 * buttons above and below; examples in "w3-example" boxes with an h3 "Example", code and "Try it Yourself »"; note
 * panels; the "Exercise?" quiz box; the progress tracker; the right column with ads and "COLOR PICKER"; and the footer).
 */
const w3Title = 'Python While Loops';
const w3H1 = 'Python Loops';
const w3P1 = ['Python has two primitive loop commands:'];
const w3P1b = [
  'A loop repeats a block of code. The <strong>for</strong> loop goes through the items of a sequence, while the ' +
    '<strong>while</strong> loop keeps going for as long as a condition stays true, which makes it the right choice when you ' +
    'do not know in advance how many times the code should run, for example when reading input until the user types "quit".',
];
const w3L1 = ['<code class="w3-codespan">while</code> loops', '<code class="w3-codespan">for</code> loops'];
const w3H2 = 'The while Loop';
const w3P2 = ['With the <strong>while</strong> loop we can execute a set of statements as long as a condition is true.'];
const w3Ex1 = ['Print i as long as i is less than 6:'];
const w3Note1 = ['<strong>Note:</strong> remember to increment i, or else the loop will continue forever.'];
const w3P2b = [
  'The <strong>while</strong> loop requires relevant variables to be ready, in this example we need to define an indexing ' +
    'variable, <strong>i</strong>, which we set to 1.',
];
const w3P2c = [
  'If the condition is false the first time it is checked, the code inside the loop does not run at all. Python has no ' +
    '"do while" loop that always runs at least once, but the same effect can be had with <strong>while True</strong> and a ' +
    '<strong>break</strong> statement, as shown below.',
];
const w3H3 = 'The break Statement';
const w3P3 = ['With the <strong>break</strong> statement we can stop the loop even if the while condition is true:'];
const w3Ex2 = ['Exit the loop when i is 3:'];
const w3H4 = 'The continue Statement';
const w3P4 = ['With the <strong>continue</strong> statement we can stop the current iteration, and continue with the next:'];
const w3Ex3 = ['Continue to the next iteration if i is 3:'];
const w3P4b = [
  'Notice that the counter is increased before the <strong>continue</strong> statement. If it were increased after it, the ' +
    'loop would get stuck at 3 and never finish.',
];
const w3H5 = 'The else Statement';
const w3P5 = ['With the <strong>else</strong> statement we can run a block of code once when the condition no longer is true:'];
const w3Ex4 = ['Print a message once the condition is false:'];
const w3P5b = [
  'The <strong>else</strong> block does not run if the loop is stopped by a <strong>break</strong> statement. This makes it ' +
    'useful for searches: the else block can report that nothing was found.',
];
const w3Top = ['Tutorials', 'Exercises', 'Certificates', 'Services'];
const w3Subjects = [
  'HTML',
  'CSS',
  'JAVASCRIPT',
  'SQL',
  'PYTHON',
  'JAVA',
  'PHP',
  'HOW TO',
  'W3.CSS',
  'C',
  'C++',
  'C#',
  'BOOTSTRAP',
  'REACT',
  'MYSQL',
  'NUMPY',
  'PANDAS',
];
const w3Side = [
  'Python HOME',
  'Python Intro',
  'Python Get Started',
  'Python Syntax',
  'Python Variables',
  'Python Booleans',
  'Python Operators',
  'Python Lists',
  'Python Dictionaries',
  'Python If...Else',
  'Python Match',
  'Python While Loops',
  'Python For Loops',
  'Python Functions',
  'Python Lambda',
];
const w3SideGroups = ['File Handling', 'Python File Handling', 'Python Read Files', 'Python Modules', 'NumPy Tutorial', 'Pandas Tutorial'];
const w3Quiz = ['Test your skills by answering a few questions about the topics of this page', 'What is a correct syntax for a while loop in Python?'];
const w3Answers = ['while (x &gt; 5) { }', 'while x &gt; 5:', 'while x &gt; 5 then'];
const w3Foot = [
  ['Top Tutorials', 'HTML Tutorial', 'CSS Tutorial', 'JavaScript Tutorial', 'How To Tutorial', 'SQL Tutorial', 'Python Tutorial'],
  ['Top References', 'HTML Reference', 'CSS Reference', 'JavaScript Reference', 'SQL Reference', 'Python Reference'],
  ['Top Examples', 'HTML Examples', 'CSS Examples', 'JavaScript Examples', 'SQL Examples', 'Python Examples'],
  ['Get Certified', 'HTML Certificate', 'CSS Certificate', 'JavaScript Certificate', 'SQL Certificate', 'Python Certificate'],
];
const w3Legal = [
  'W3Schools is optimized for learning and training. Examples might be simplified to improve reading and learning. Tutorials, ' +
    'references, and examples are constantly reviewed to avoid errors, but we cannot warrant full correctness of all content.',
  'Copyright 1999-2025 by Refsnes Data. All Rights Reserved.',
];
const nextprev = `<div class="w3-clear nextprev"><a class="w3-left w3-btn" href="python_match.asp">❮ Previous</a>
<a class="w3-right w3-btn" href="python_for_loops.asp">Next ❯</a></div>`;
const example = (lead: string[], code: string, file: string): string => `<div class="w3-example"><h3>Example</h3>${ps(lead)}
<div class="w3-code notranslate pythonHigh">${code}</div>
<a target="_blank" href="trypython.asp?filename=${file}" class="w3-btn btn-success">Try it Yourself »</a></div>`;
const note = (t: string[]): string => `<div class="w3-panel w3-note">${ps(t)}</div>`;
const w3Html = `<!DOCTYPE html>
<html lang="en-US"><head><title>Python While Loops</title><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="Keywords" content="HTML, Python, CSS, SQL, JavaScript, How to, PHP, Java, C, C++, C#, jQuery, Bootstrap, Colors, W3.CSS, XML, MySQL, Icons">
<meta name="Description" content="Well organized and easy to understand Web building tutorials with lots of examples of how to use HTML, CSS, JavaScript,
SQL, Python, PHP, Bootstrap, Java, XML and more.">
<meta property="og:image" content="https://www.w3schools.com/images/w3schools_logo_436_2.png"><meta property="og:title" content="W3Schools.com">
<link rel="icon" href="/favicon.ico" type="image/x-icon"><link rel="stylesheet" href="/lib/w3schools30.css">
<script>window.gaDataLayer = window.gaDataLayer || [];</script><script src="/lib/topnav/main.v1.js?v=1.0.58" defer></script>
<script src="/lib/my-learning/main.v1.js?v=1.0.54" defer></script><script src="https://snigel.example/adengine/w3schools.com/loader.js" async></script>
</head><body>
<div id="tnb-google-search-container"></div>
<div id="pagetop" class="w3-bar notranslate w3-white"><a id="w3-logo" href="https://www.w3schools.com" class="w3-bar-item w3-button w3-hover-none w3-left
ga-top ga-top-w3home"
title="Home link to W3Schools.com" aria-label="Home link to W3Schools.com"><i class="fa fa-logo ws-hover-text-green"></i></a>
<nav class="tnb-desktop-nav w3-bar-item">${w3Top
  .map(
    (t) => `<a onclick="TopNavBar.openNavItem('${t.toLowerCase()}')" class="tnb-nav-btn w3-bar-item
w3-button barex bar-item-hover w3-padding-16" href="javascript:void(0)">${t} <i class="fa fa-caret-down"></i></a>`,
  )
  .join('\n')}</nav>
<div class="tnb-search"><input type="text" id="tnb-google-search-input" placeholder="Search..." aria-label="Search field"></div>
<a class="tnb-cert-btn w3-bar-item" href="https://campus.w3schools.com/collections/course-catalog">Get Certified</a>
<a href="https://profile.w3schools.com/sign-up" class="tnb-signup-btn w3-bar-item">Sign Up</a><a href="https://profile.w3schools.com/log-in"
class="tnb-login-btn w3-bar-item">Log in</a></div>
<div class="w3-bar w3-left" style="width:100%;overflow:hidden;height:44px"><div id="subtopnav" style="width:100%">
${w3Subjects
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '')}/default.asp" class="ga-nav" title="${t}
Tutorial">${t.replace(/&/g, '&amp;')}</a>`,
  )
  .join('\n')}</div></div>
<div class="w3-sidebar w3-collapse" id="sidenav"><div id="leftmenuinner"><div id="leftmenuinnerinner">
<h2 class="left"><span class="left_h2">Python</span> Tutorial</h2>
${w3Side
  .map(
    (t) => `<a target="_top"
href="python_${t.toLowerCase().replace(/[^a-z]+/g, '_')}.asp"${t === w3Title ? ' class="active"' : ''}>${t}</a>`,
  )
  .join('\n')}
<br><h2 class="left">${w3SideGroups[0]}</h2>${w3SideGroups
  .slice(1, 3)
  .map((t) => `<a target="_top" href="#">${t}</a>`)
  .join('')}
<br><h2 class="left">${w3SideGroups[3]}</h2>${w3SideGroups
  .slice(4)
  .map((t) => `<a target="_top" href="#">${t}</a>`)
  .join('')}
<br><br></div></div></div>
<div class="w3-main w3-light-grey" id="belowtopnav" style="margin-left:220px;"><div class="w3-row w3-white"><div class="w3-col l10 m12" id="main">
<div id="mainLeaderboard" style="overflow:hidden;"><div id="adngin-main_leaderboard-0"></div></div>
<h1>Python <span class="color_h1">While Loops</span></h1>
${nextprev}
<hr>
<h2>${w3H1}</h2>
${ps(w3P1)}
<ul>${w3L1.map((t) => `<li>${t}</li>`).join('')}</ul>
${ps(w3P1b)}
<hr>
<h2>${w3H2}</h2>
${ps(w3P2)}
${example(w3Ex1, 'i = 1<br>while i &lt; 6:<br>&nbsp; print(i)<br>&nbsp; i += 1', 'demo_while')}
${note(w3Note1)}
${ps(w3P2b)}
${ps(w3P2c)}
<hr>
<div id="midcontentadcontainer" style="overflow:auto;text-align:center"><div id="adngin-mid_content-0"></div></div>
<hr>
<h2>${w3H3}</h2>
${ps(w3P3)}
${example(w3Ex2, 'i = 1<br>while i &lt; 6:<br>&nbsp; print(i)<br>&nbsp; if i == 3:<br>&nbsp;&nbsp;&nbsp; break<br>&nbsp; i += 1', 'demo_while_break')}
<hr>
<h2>${w3H4}</h2>
${ps(w3P4)}
${example(w3Ex3, 'i = 0<br>while i &lt; 6:<br>&nbsp; i += 1<br>&nbsp; if i == 3:<br>&nbsp;&nbsp;&nbsp; continue<br>&nbsp; print(i)', 'demo_while_continue')}
${ps(w3P4b)}
<hr>
<h2>${w3H5}</h2>
${ps(w3P5)}
${example(w3Ex4, 'i = 1<br>while i &lt; 6:<br>&nbsp; print(i)<br>&nbsp; i += 1<br>else:<br>&nbsp; print("i is no longer less than 6")', 'demo_while_else')}
${ps(w3P5b)}
<hr>
<div id="exercisecontainer" class="w3-panel exercisewindow"><h2 class="exercise-h2">Exercise?</h2><a class="whatisthis" href="#">What is this?</a>
<p class="exercise-intro">${w3Quiz[0]}</p><p class="exercise-question">${w3Quiz[1]}</p><div class="exercise-answers">
${w3Answers.map((a, i) => `<label class="exercise-answer"><input type="radio" name="quiz" value="${i}"> ${a}</label>`).join('\n')}</div>
<button class="w3-btn ws-green exercise-submit">Submit Answer »</button></div>
<br>${nextprev}
<div id="mypagediv2" style="position:relative;text-align:center;"><div class="my-learning-progress"><span class="w3-badge">★</span><span>+1</span>
<p class="tracker-text">Track your progress - it's free!</p><a href="https://profile.w3schools.com/log-in">Log in</a><a
href="https://profile.w3schools.com/sign-up">Sign Up</a></div></div>
</div>
<div class="w3-col l2 m12" id="right"><div class="sidesection"><div id="skyscraper"><div class="ad-label">ADVERTISEMENT</div><div
id="adngin-sidebar_top-0"></div></div></div>
<div class="sidesection"><h4><a href="/colors/colors_picker.asp">COLOR PICKER</a></h4><a href="/colors/colors_picker.asp"><img
src="/images/colorpicker2000.png" alt="colorpicker" loading="lazy"></a></div>
<div class="sidesection" id="moreAboutSubject"></div><div id="stickypos" class="sidesection" style="text-align:center;position:sticky;top:50px;"><div
id="stickyadcontainer">
<div class="ad-label">ADVERTISEMENT</div></div></div></div></div>
<div id="footer" class="footer w3-container w3-white"><hr><div style="overflow:hidden;"><div class="w3-row w3-center w3-small">
<a href="/spaces/" target="_blank">Spaces</a> <a href="/plus/" target="_blank">Upgrade</a> <a href="https://campus.w3schools.com/pages/newsletter"
target="_blank">Newsletter</a>
<a href="https://campus.w3schools.com/" target="_blank">Get Certified</a> <a href="javascript:void(0);" onclick="displayError()">Report Error</a></div></div>
<div class="footer-col">${w3Foot
  .map(
    ([t, ...items]) =>
      `<div class="w3-col l3 m6 s12 top20"><h4>${t}</h4>${items
        .map(
          (i) => `<a
href="#">${i}</a><br>`,
        )
        .join('')}</div>`,
  )
  .join('\n')}</div>
<div class="w3-center w3-small w3-opacity"><a href="/forum/default.asp">FORUM</a> | <a href="/about/default.asp">ABOUT</a> | <a
href="/academy/index.php">ACADEMY</a><br><br>
${w3Legal[0]} While using W3Schools, you agree to have read and accepted our <a href="/about/about_copyright.asp">terms of use</a>,
<a href="/about/about_privacy.asp">cookie and privacy policy</a>.<br><br><a href="/about/about_copyright.asp">${w3Legal[1]}</a><br>
<a href="//www.w3schools.com/w3css/default.asp">W3Schools is Powered by W3.CSS</a>.</div></div></div>
<script src="/lib/w3schools_footer.js?update=20240621"></script></body></html>`;
export const w3schoolsPage: TestPage = {
  html: w3Html,
  name: 'heldout162-w3schools-tutorial',
  kind: 'docs',
  // the example boxes' lead lines and the note panels are body; their "Example" h3 labels, code and "Try it Yourself »"
  // buttons are not headings or body (the labels and code in neither list, the buttons furniture); the quiz box is furniture
  title: w3Title,
  headings: [w3H1, w3H2, w3H3, w3H4, w3H5],
  body: texts([
    ...w3P1,
    ...w3L1,
    ...w3P1b,
    ...w3P2,
    ...w3Ex1,
    ...w3Note1,
    ...w3P2b,
    ...w3P2c,
    ...w3P3,
    ...w3Ex2,
    ...w3P4,
    ...w3Ex3,
    ...w3P4b,
    ...w3P5,
    ...w3Ex4,
    ...w3P5b,
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...w3Top, 'Get Certified', 'Sign Up', 'Log in', ...w3Subjects, 'Python Tutorial', ...w3Side.filter((t) => t !== w3Title), ...w3SideGroups,
    '❮ Previous', 'Next ❯', 'Try it Yourself »', 'Exercise?', 'What is this?', ...w3Quiz, ...texts(w3Answers), 'Submit Answer »', '★', '+1',
    "Track your progress - it's free!", 'ADVERTISEMENT', 'COLOR PICKER', 'Spaces', 'Upgrade', 'Newsletter', 'Report Error', ...w3Foot.flat(), 'FORUM',
    'ABOUT', 'ACADEMY', ...w3Legal, 'W3Schools is Powered by W3.CSS',
  ])],
};
