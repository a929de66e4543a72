import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout390-kit.js';

/**
 * Held-out batch 390, file a2: a W3Schools-style reference page whose main text is short (top nav, left reference menu,
 * "Example" boxes with "Try it Yourself" buttons, parameter table, browser support table, previous / next buttons,
 * right-column ads, "Related Pages", footer with the tutorial / reference link columns and the "Report Error" bar).
 */
const wTitle = 'JavaScript String padStart()';
const wDesc = [
  'The <code class="w3-codespan">padStart()</code> method pads a string from the start until it reaches a given length.',
  j('The padding is repeated, and cut if needed, so that the result is exactly as long as the target length. The original string is', 'not changed.'),
];
const wNote = ['The <code class="w3-codespan">padStart()</code> method is a string method. To pad a number, convert it to a string first.'];
const wParams = [
  '<i>length</i>',
  'Required. The length of the resulting string.',
  '<i>string</i>',
  'Optional. The string to pad with. Default is a single space.',
];
const wReturn = ['A string of the given length, with the padding added at the start.'];
const wSupport = [
  j(
    '<code class="w3-codespan">padStart()</code> is an ECMAScript 2017 feature. It is supported in every modern browser since',
    'the spring of 2017, but not in Internet Explorer.',
  ),
];
const wHeads = ['Description', 'Note', 'Syntax', 'Parameters', 'Return Value', 'More Examples', 'Browser Support'];
const wTop = ['Tutorials', 'Exercises', 'Certificates', 'Services', 'HTML', 'CSS', 'JAVASCRIPT', 'SQL', 'PYTHON', 'JAVA', 'PHP', 'HOW TO', 'W3.CSS'];
const wLeft = ['JavaScript Strings', 'at()', 'charAt()', 'charCodeAt()', 'concat()', 'endsWith()', 'includes()', 'indexOf()', 'padEnd()', 'repeat()'];
const wRelated = ['JavaScript Strings', 'JavaScript String Methods', 'JavaScript String Search', 'JavaScript String padEnd()'];
const wFoot = ['HTML Tutorial', 'CSS Tutorial', 'JavaScript Tutorial', 'How To Tutorial', 'SQL Reference', 'Python Reference', 'HTML Colors'];
const ex = (head: string, codeHtml: string, file: string): string => `<div class="w3-example"><h3>${head}</h3>
<div class="w3-code notranslate jsHigh">${codeHtml}</div>
<a target="_blank" href="tryit.asp?filename=${file}" class="w3-btn btnplayit">Try it Yourself »</a></div>`;
const wHtml = `<!DOCTYPE html><html lang="en-US"><head><title>${wTitle} Method</title><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="Keywords" content="HTML, Python, CSS, SQL, JavaScript, How to">
<meta name="Description" content="Well organized and easy to understand Web building tutorials with lots of examples.">
<meta property="og:image" content="https://www.w3learn.example/images/w3learn_logo_436_2.png">
<link rel="stylesheet" href="/lib/w3learn_2026.css"><script src="/lib/uic.js?v=1.0.9"></script>
<script>var k42 = false;uic_prefs_js();function w3_open_nav(x){document.getElementById("nav_" + x).style.display = "block";}</script>
<script type="text/javascript">window.snigelPubConf = {"adengine":{"activeAdUnits":["wide_skyscraper","main_leaderboard","bottom_left"]}}</script></head>
<body><div id="tnb-google-search-container"></div>
<div id="subtopnav" class="w3-bar"><a href="https://www.w3learn.example" class="w3-bar-item" id="w3-logo" title="Home">W3Learn</a>
<nav id="topnav" class="w3-bar w3-card"><ul class="tnb-nav-list">${links(wTop, 'w3-bar-item')}</ul>
<a class="w3-bar-item w3-button ga-top-signup" href="https://profile.w3learn.example/sign-up">Sign Up</a>
<a class="w3-bar-item w3-button ga-top-login" href="https://profile.w3learn.example/log-in">Log in</a></nav></div>
<div class="w3-sidebar w3-collapse" id="sidenav"><div id="leftmenuinner"><div id="leftmenuinnerinner"><h2 class="left"><span class="left_h2">JS</span>
Reference</h2><ul>${links(wLeft)}</ul></div></div></div>
<div class="w3-main w3-light-grey" id="belowtopnav"><div class="w3-row w3-white"><div class="w3-col l10 m12" id="main">
<div id="mainLeaderboard" style="overflow:hidden;"><div class="ad-label">ADVERTISEMENT</div></div>
<h1>JavaScript String <span class="color_h1">padStart()</span></h1>
<div class="w3-clear nextprev"><a class="w3-left w3-btn" href="jsref_padend.asp">&#10094; Previous</a>
<a class="w3-btn" href="jsref_obj_string.asp">JavaScript String Reference</a><a class="w3-right w3-btn" href="jsref_repeat.asp">Next &#10095;</a></div>
${ex('Example', 'let text = "5";<br>let padded = text.padStart(4, "0");', 'tryjsref_string_padstart')}
<hr><h2>${wHeads[0]}</h2>
${ps(wDesc)}
<div class="w3-panel w3-note"><h3>${wHeads[1]}</h3>${ps(wNote)}</div>
<div class="w3-panel w3-info intro"><p>See Also:</p><p><a href="jsref_padend.asp">The padEnd() Method</a></p></div>
<hr><h2>${wHeads[2]}</h2><div class="w3-white w3-padding notranslate w3-padding-16"><p><i>string</i>.padStart(<i>length</i>,
<i>string</i>)</p></div>
<h2>${wHeads[3]}</h2><table class="ws-table-all notranslate"><tr><th style="width:20%">Parameter</th><th>Description</th></tr>
<tr><td>${wParams[0]}</td><td>${wParams[1]}</td></tr><tr><td>${wParams[2]}</td><td>${wParams[3]}</td></tr></table>
<h2>${wHeads[4]}</h2><table class="ws-table-all notranslate"><tr><th style="width:20%">Type</th><th>Description</th></tr>
<tr><td>String</td><td>${wReturn[0]}</td></tr></table>
<hr><h2>${wHeads[5]}</h2>
${ex('Example', 'let text = "8841";<br>let masked = text.padStart(12, "*");', 'tryjsref_string_padstart2')}
${ex('Example', 'let numb = 42;<br>let text = numb.toString();<br>let padded = text.padStart(6, "0");', 'tryjsref_string_padstart3')}
<hr><h2>${wHeads[6]}</h2>
${ps(wSupport)}
<table class="browserref notranslate"><tr><th>Chrome 58</th><th>Edge 15</th><th>Firefox 52</th><th>Safari 11</th><th>Opera 45</th></tr>
<tr><td>Jun 2017</td><td>Apr 2017</td><td>Mar 2017</td><td>Sep 2017</td><td>May 2017</td></tr></table>
<hr><h2 class="related-heading">Related Pages</h2><ul class="w3-ul related">${links(wRelated)}</ul>
<div class="w3-clear nextprev"><a class="w3-left w3-btn" href="jsref_padend.asp">&#10094; Previous</a>
<a class="w3-right w3-btn" href="jsref_repeat.asp">Next &#10095;</a></div>
<div id="mypagediv2" style="position:relative;text-align:center;"></div></div>
<div class="w3-col l2 m12" id="right"><div class="sidesection"><div id="skyscraper"><div class="ad-label">ADVERTISEMENT</div></div></div>
<div class="sidesection"><h4><a href="/colors/colors_picker.asp">COLOR PICKER</a></h4></div>
<div class="sidesection" id="moreAboutSubject"><p class="spaces-cta">Host your own website for free with W3Learn Spaces</p>
<a class="w3-btn" href="/spaces">Get Started</a></div></div></div>
<div id="footer" class="footer w3-container w3-white"><div class="w3-panel w3-padding-16 report-error"><a href="javascript:void(0);"
onclick="displayError();return false">Report Error</a><span> | </span><a href="/spaces">Spaces</a><span> | </span>
<a href="/pro">Upgrade</a></div>
<div class="w3-row-padding"><div class="top10"><h5>Top Tutorials</h5><ul>${links(wFoot)}</ul></div></div>
<div class="footer-legal"><p>W3Learn is optimized for learning and training. Examples might be simplified to improve reading and learning.
Tutorials, references, and examples are constantly reviewed to avoid errors, but we cannot warrant full correctness of all content.</p>
<p>Copyright 1999-2026 by Marrow Lane Data. All Rights Reserved.</p></div></div></div>
<div id="cookie-notice" class="fc-consent-root"><p class="fc-dialog-headline">W3Learn asks for your consent to use your personal data to:</p>
<ul class="fc-purposes"><li>Personalised advertising and content, advertising and content measurement, audience research and services development</li>
<li>Store and/or access information on a device</li></ul><button class="fc-button fc-cta-consent">Consent</button>
<button class="fc-button fc-cta-manage-options">Manage options</button></div>
<script src="/lib/w3learn_footer.js?update=20260301"></script></body></html>`;
export const w3: TestPage = {
  name: 'heldout390-w3schools-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([...wDesc, ...wNote, ...wParams, ...wReturn, ...wSupport]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'W3Learn', ...wTop, 'Sign Up', 'Log in', ...wLeft, 'ADVERTISEMENT', '❮ Previous', 'JavaScript String Reference', 'Next ❯', 'Example',
    'Try it Yourself »', 'See Also:', 'The padEnd() Method', 'Related Pages', ...wRelated.slice(1), 'COLOR PICKER',
    'Host your own website for free with W3Learn Spaces', 'Get Started', 'Report Error', 'Spaces', 'Upgrade', 'Top Tutorials', ...wFoot,
    'Copyright 1999-2026 by Marrow Lane Data. All Rights Reserved.', 'W3Learn asks for your consent to use your personal data to:',
    'Personalised advertising and content, advertising and content measurement, audience research and services development',
    'Store and/or access information on a device', 'Consent', 'Manage options',
  ],
};
