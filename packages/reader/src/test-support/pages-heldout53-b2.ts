import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 53, file b2: a Unity 6.2 Manual page (the header with the Manual / Scripting API tabs, search, version and
 * language pickers, the collapsible table-of-contents sidebar, breadcrumbs, "Leave feedback", "Switch to Scripting", the
 * previous/next arrows, the page with glossary tooltips hidden inside its sentences, a note, an ordered procedure, a property
 * table and "Additional resources", the hidden "Suggest a change" form with its success and failure messages, the known-issue
 * line, the footer with copyright and publication date, and the OneTrust cookie banner).
 */
const unTitle = 'Blending Reflection Probes';
const tip = (term: string, def: string, href: string): string =>
  `<span class="tooltip"><strong>${term}</strong><span class="tooltiptext">${def} <a href="${href}">More info</a>
<br/>See in <a href="Glossary.html#${term.replace(/ /g, '')}">Glossary</a></span></span>`;
const unTips = [
  'A collection of six square textures that together show the reflections of an environment, one texture for each face of a cube.',
  'A component that makes a GameObject visible on screen, using the mesh, materials and lighting it is given.',
];
// the first intro paragraph and the first "how" paragraph each hold a glossary tooltip: their text is split around it
const unIntroA = [
  'When an object moves from the area of one Reflection Probe into the area of another, its reflections have to change too. On shiny ' +
    'surfaces such as polished metal or wet stone, an abrupt switch from one',
  'to the next is easy to notice, especially in slow camera moves.',
];
const unIntro = [
  'Reflection Probe blending hides that switch. Instead of taking its reflections from a single probe, a moving object takes a ' +
    'weighted mix of the probes around it, and the weights change smoothly as it travels.',
];
const unH1 = 'How Unity picks the probes to blend';
const unHowA = ['For every', 'that has blending enabled, Unity finds the probes whose volumes overlap its bounding box and then applies these rules:'];
const unHowList = [
  'If only one probe overlaps the Renderer, Unity uses that probe on its own.',
  'If several probes overlap it, Unity keeps the two with the highest Importance. When their Importance is equal, the probe with ' +
    'the smaller volume wins, because a small probe usually describes its surroundings more precisely.',
  'If no probe overlaps the Renderer, Unity uses the environment reflection from the Lighting window.',
];
const unHow2 = [
  'The weight of each probe depends on how far the Renderer’s bounds reach into the probe’s blend zone, a band just inside the ' +
    'edge of its volume whose width is set by the probe’s Blend Distance.',
];
const unH2 = 'Enable blending on a Renderer';
const unSteps = [
  'Select the GameObject with the Mesh Renderer you want to change.',
  'In the Inspector, expand the <strong>Probes</strong> section of the Mesh Renderer component.',
  'Set <strong>Reflection Probes</strong> to <strong>Blend Probes</strong>, or to <strong>Blend Probes And Skybox</strong> if the ' +
    'object should also mix in the environment reflection at the edge of a probe.',
  'Repeat these steps for every Renderer that moves between probe volumes. Static scenery rarely needs it.',
];
const unNote =
  'In the Universal Render Pipeline (URP), blending is turned on for the whole project in the URP Asset, under ' +
  '<strong>Lighting</strong> &gt; <strong>Reflection Probes</strong> &gt; <strong>Probe Blending</strong>. The per-Renderer setting ' +
  'is ignored there.';
const unH3 = 'Blend Distance and Importance';
const unH3p = ['Two properties in the Reflection Probe Inspector control how a probe takes part in blending:'];
const unTable = [
  ['Importance', 'Sets which probes win when more than two overlap a Renderer. Higher values take priority.'],
  ['Blend Distance', 'Sets the width of the band inside the probe’s volume where its reflection fades out. A value of 0 turns off blending for this probe.'],
];
const unH4 = 'Limitations';
const unLimits = [
  'Blending works on whole Renderers, not on single pixels, so a large object that spans several probe volumes still shows one mix across its surface.',
  'Terrain does not support Reflection Probe blending.',
  'Each extra probe in the mix adds a texture sample in the shader, which can be noticeable on low-end mobile GPUs.',
];
const unMore = ['Introduction to Reflection Probes', 'Reflection Probe Inspector window reference', 'Configure reflections in URP'];
const unToc = [
  'Unity 6.2 User Manual',
  'What’s new in Unity 6.2',
  'Install Unity',
  'Upgrade Unity',
  'Get started',
  'Unity Editor interface',
  'Create and manage projects',
  'Work with assets',
  'Scripting',
  'Graphics',
  'Render pipelines',
  'Cameras',
  'Lighting',
  'Light sources',
  'Global illumination',
  'Light Probes',
  'Reflections',
  'Reflection Probe Inspector window reference',
  'Shadows',
];
const unFoot = [
  'Tutorials',
  'Community Answers',
  'Knowledge Base',
  'Forums',
  'Asset Store',
  'Terms of use',
  'Legal',
  'Privacy Policy',
  'Cookies',
  'Do Not Sell or Share My Personal Information',
  'Your Privacy Choices (Cookie Settings)',
];
const unOk =
  'Thanks for helping us improve the Unity documentation. We can’t accept every submission, but we read each suggested change and update the page ' +
  'where it applies.';
const unFail = 'Your suggested change could not be sent for some reason. Please try again in a few minutes, and thank you for taking the time to help.';
const unIssue = 'Something here not working as described? It may be a known issue: check the Issue Tracker at issuetracker.unity3d.com.';
const unCookie =
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site ' +
  'usage, and assist in our marketing efforts.';
const unHtml = `<!DOCTYPE html>
<html lang="en" xml:lang="en" xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<title>Unity - Manual: ${unTitle}</title>
<meta name="description" content="Reflection Probe blending mixes the reflections of nearby probes on a moving object.">
<meta name="author" content="Unity Technologies"><link rel="shortcut icon" href="../StaticFiles/images/favicons/favicon.ico">
<link rel="stylesheet" type="text/css" href="../StaticFiles/css/core.css">
<script type="text/javascript" src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="6e91be4c-3145-4ea2-aa64-89d716064836"></script>
<script type="text/javascript">function OptanonWrapper() { }</script>
<script src="../StaticFiles/js/jquery.js"></script><script src="../StaticFiles/js/core.js"></script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&amp;l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-5V25JL6');</script>
<script type="text/javascript">var docsVersion = "6000.2"; var docsLanguage = "en";</script>
</head>
<body>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5V25JL6" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div class="header-wrapper"><div id="header" class="header"><div class="content">
<div class="spacer"><div class="menu"><div id="nav-open" for="nav-input"><span></span></div><div class="logo"><a href="./index.html"></a></div>
<div class="search-form"><form action="30_search.html" method="get" class="apisearch">
<input type="text" name="q" placeholder="Search Unity" autocomplete="off" class="q">
<input type="submit" class="submit"></form></div>
<ul><li><a href="../Manual/index.html" class="selected">Manual</a></li><li><a href="../ScriptReference/index.html">Scripting API</a></li></ul></div></div>
<div class="more"><div class="filler"></div><ul><li><a href="https://unity.com/">unity.com</a></li></ul></div></div></div>
<div class="toolbar"><div class="content clear"><div class="lang-switcher hide"><div class="current toggle" data-target=".lang-list">
<div class="lbl">Language :</div>
<div class="b">English</div><div class="arrow"></div></div><div class="lang-list" style="display:none;"><ul><li>
<a href="/Manual/ReflectionProbes-Blending.html">English</a></li>
<li><a href="/cn/current/Manual/ReflectionProbes-Blending.html">中文</a></li>
<li><a href="/ja/current/Manual/ReflectionProbes-Blending.html">日本語</a></li>
<li><a href="/kr/current/Manual/ReflectionProbes-Blending.html">한국어</a></li></ul></div></div>
<div class="version-switcher"><div class="current toggle" data-target=".version-list"><div class="version-number"><div class="lbl">Version:</div>
<div class="b">Unity 6.2</div><div class="b">(6000.2)</div></div><div class="arrow"></div></div><div class="version-list" style="display:none;"><ul>
<li><a href="/6000.3/Documentation/Manual/ReflectionProbes-Blending.html">Unity 6.3 (6000.3)</a></li><li>
<a class="selected" href="#">Unity 6.2 (6000.2)</a></li>
<li><a href="/6000.0/Documentation/Manual/ReflectionProbes-Blending.html">Unity 6.0 (6000.0)</a></li><li>
<a href="/2022.3/Documentation/Manual/ReflectionProbes-Blending.html">2022.3</a></li></ul></div>
<div class="version-badge"><span class="supported">Supported</span></div></div></div></div></div>
<div id="master-wrapper" class="master-wrapper clear"><div id="sidebar" class="sidebar hidden-xs"><div class="sidebar-wrap"><div class="sidebar-menu">
<div class="toc"><h2>Manual</h2><ul>${unToc
  .map(
    (t, i) => `<li><div class="arrow${i > 8 ? ' expanded' : ''}"></div>
<a href="${t.replace(/[^A-Za-z]+/g, '')}.html">${t}</a></li>`,
  )
  .join('\n')}
<li class="current"><a href="ReflectionProbes-Blending.html" class="current">${unTitle}</a></li></ul></div></div></div></div>
<div id="content-wrap" class="content-wrap opened-sidebar"><div class="content-block"><div class="content"><div class="section">
<div class="breadcrumbs clear"><ul><li><a href="UnityManual.html">Unity User Manual 6.2</a></li><li><a href="Graphics.html">Graphics</a></li>
<li><a href="LightingOverview.html">Lighting</a></li><li><a href="ReflectionProbes.html">Reflections</a></li><li>${unTitle}</li></ul></div>
<div class="mb20"><div class="nextprev clear"><div class="icon tt left mr1" data-distance="-40|-30|top"><span class="tt-content">Reflection Probe types</span>
<a href="ReflectionProbeTypes.html" class="nav-left"></a></div><div class="tt-content">Reflection Probe Inspector window reference</div>
<div class="icon tt right" data-distance="-40|-30|top"><a href="class-ReflectionProbe.html" class="nav-right"></a></div></div>
<a href="#" class="feedback-link" title="Leave feedback">Leave feedback</a><div class="switch-link gray-btn sbtn left hide">Switch to Scripting</div></div>
<h1>${unTitle}</h1>
<p>${unIntroA[0]} ${tip('cubemap', unTips[0]!, 'class-Cubemap.html')} ${unIntroA[1]}</p>
<p>${unIntro[0]}</p>
<h2 id="picking">${unH1}</h2>
<p>${unHowA[0]} ${tip('Renderer', unTips[1]!, 'class-Renderer.html')} ${unHowA[1]}</p>
<ul>
${unHowList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<p>${unHow2[0]}</p>
<h2 id="enable">${unH2}</h2>
<ol>
${unSteps.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
<p><strong>Note</strong>: ${unNote}</p>
<h2 id="properties">${unH3}</h2>
<p>${unH3p[0]}</p>
<table class="list"><thead><tr><th><strong>Property</strong></th><th><strong>Description</strong></th></tr></thead><tbody>
${unTable.map(([n, d]) => `<tr>\n<td><strong>${n}</strong></td>\n<td>${d}</td>\n</tr>`).join('\n')}
</tbody></table>
<h2 id="limitations">${unH4}</h2>
<ul>
${unLimits.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2 id="additional-resources">Additional resources</h2>
<ul>${unMore.map((t) => `<li><a href="${t.replace(/ /g, '')}.html">${t}</a></li>`).join('')}</ul>
<div class="feedbackbox hide" id="suggest-change"><h3>Suggest a change</h3>
<div class="suggest-success hide"><h2>Success!</h2><p>${unOk}</p><a class="gray-btn sbtn close" href="#">Close</a></div>
<div class="suggest-failed hide"><h2>Submission failed</h2><p>${unFail}</p><a class="gray-btn sbtn close" href="#">Close</a></div>
<div class="suggest-form"><label>Your name</label><input id="suggest_name" type="text"><label>Your email</label><input id="suggest_email" type="email">
<label>Suggestion<span class="r">*</span></label><textarea id="suggest_body" class="req"></textarea>
<button id="suggest_submit" class="blue-btn sbtn">Submit suggestion</button><a class="gray-btn sbtn cancel" href="#">Cancel</a></div></div>
</div>
<div class="nextprev clear"><div class="icon tt left mr1"><a href="ReflectionProbeTypes.html" class="nav-left"></a></div>
<div class="icon tt right"><a href="class-ReflectionProbe.html" class="nav-right"></a></div></div>
<p class="known-issue">${unIssue}</p>
</div></div></div>
<div class="footer-wrapper"><div class="footer clear"><div class="copy">Copyright ©2025 Unity Technologies. Publication Date: 2025-11-14.</div>
<div class="menu">${unFoot.map((t) => `<a href="https://unity.com/legal/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a>`).join('')}</div></div>
</div></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner">
<div role="dialog" aria-modal="true" aria-describedby="onetrust-policy-text" aria-label="Privacy">
<div id="onetrust-policy"><div id="onetrust-policy-text">${unCookie}</div></div>
<div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div>
</body></html>`;
export const unityManual: TestPage = {
  html: unHtml,
  name: 'heldout53-unity-manual',
  kind: 'docs',
  // body: the paragraphs, the rules list, the procedure steps, the note (its "Note" label in neither), the property table's cells
  // (name and description each; the "Property" and "Description" column labels in neither) and the limitations; two sentences hold
  // a glossary tooltip, whose hidden definition sits inside them in the HTML, so each is two body pieces around it (the term ends
  // the first piece) and the definitions, "More info" and "See in Glossary" are furniture. "Additional resources" (heading and
  // links) is a "See also" list: furniture. The header, version and language pickers, sidebar TOC, breadcrumbs, previous/next
  // tooltips, "Leave feedback", "Switch to Scripting", the hidden suggestion form and its messages, the known-issue line, the
  // footer and cookie banner are furniture; the publication date is the page's dateline (a byline). TOC and breadcrumb entries that
  // are words of the body (Graphics, Lighting, Reflections, Light Probes...) are left out
  title: unTitle,
  headings: [unH1, unH2, unH3, unH4],
  body: [
    `${unIntroA[0]} cubemap`,
    unIntroA[1]!,
    ...unIntro,
    `${unHowA[0]} Renderer`,
    unHowA[1]!,
    ...unHowList,
    ...unHow2,
    ...texts(unSteps),
    ...texts([unNote]),
    ...unH3p,
    ...unTable.flat(),
    ...unLimits,
  ],
  bylines: ['Publication Date: 2025-11-14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Manual', 'Scripting API', 'unity.com', 'Language :', 'English', '中文', '日本語', '한국어', 'Version:', 'Unity 6.2', '(6000.2)',
    'Unity 6.3 (6000.3)', 'Unity 6.2 (6000.2)', 'Unity 6.0 (6000.0)', '2022.3', 'Supported', ...unToc.filter((t) => !['Graphics', 'Lighting', 'Light ' +
      'Probes', 'Reflections', 'Reflection Probe Inspector window reference'].includes(t)),
    'Unity User Manual 6.2', 'Reflection Probe types', 'Leave feedback', 'Switch to Scripting', ...unTips, 'More info', 'See in Glossary',
    'Additional resources', ...unMore, 'Suggest a change', 'Success!', unOk, 'Submission failed', unFail, 'Close', 'Your name', 'Your email',
    'Suggestion', 'Submit suggestion', 'Cancel', unIssue, 'Copyright ©2025 Unity Technologies.', ...unFoot, unCookie, 'Cookies Settings',
    'Reject All', 'Accept All Cookies',
  ],
};
