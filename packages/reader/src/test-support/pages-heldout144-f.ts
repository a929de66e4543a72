import { type TestPage, texts } from './page-kit.js';
import { kotlinDocs } from './pages-heldout144-f2.js';

/**
 * Held-out batch 144, file f: a Unity Manual page (the header with the search form and the Manual / Scripting API
 * tabs, the toolbar with the version and language switchers, the sidebar with its "Unity Manual" h2, breadcrumbs, the
 * hidden "Suggest a change" form with its hidden "Success!" and "Submission failed" h2s, the "Leave feedback" link,
 * "Switch to Scripting", glossary terms whose hidden tooltip text sits inside the paragraphs, an image with an italic
 * caption, a property table, the "Additional resources" list, the known-issue note, the copyright line with the
 * publication date, the footer links and the OneTrust banner) and, from file f2, a Kotlin documentation page.
 */
const unTitle = 'Place Light Probes';
const unTips: Record<string, [string, string]> = {
  probe: ['Light Probe', 'A probe that stores the light passing through a point in the scene, used to light moving objects.'],
  go: ['GameObject', 'The basic object in a Unity scene, which can stand for a character, a prop, a camera or a waypoint.'],
  bake: ['baking', 'Working out lighting ahead of time in the Editor and storing the result, instead of calculating it at runtime.'],
};
const unTip = (k: string): string => {
  const [term, def] = unTips[k] ?? ['', ''];
  return `<span class="tooltip"><strong>${term}</strong><span class="tooltiptext">${def} <a href="Glossary.html#${term.replace(' ', '')}">More info</a>
<br/><span class="tooltipGlossaryLink">See in <a href="Glossary.html#${term.replace(' ', '')}">Glossary</a></span></span></span>`;
};
// paragraphs with a glossary tooltip are written as [before, after] around it
const unLead: [string, string, string] = [
  'A ',
  'probe',
  ` records the light that passes through one point in your scene during lighting precomputation. At runtime, Unity blends the
nearest probes to light objects that move, such as characters and vehicles, so that they match the baked lighting around them.`,
];
const unLead2 = `This page explains how many probes to use and where to put them. To add probes to a scene, create a Light Probe Group
and edit its positions in the Scene view.`;
const unH1 = 'How many probes to use';
const unP1 = [
  `Probes only need to capture changes in lighting. In an area where the light is even, such as the middle of an open field
under a cloudy sky, a few probes spaced far apart give the same result as many. Add more probes where the lighting changes
quickly, for example at the edge of a shadow or near a strongly coloured wall.`,
  `Each probe adds a small cost to the time it takes to bake lighting and to the memory your scene uses. Start with a sparse
layout, check the result on a moving object, and add probes only where you can see a problem.`,
];
const unH2 = 'Where to place probes';
const unP2: [string, string, string] = [
  'Place probes where a moving ',
  'go',
  ` can go, and at the height of that object. A probe placed inside a wall or under the floor records darkness and makes
nearby objects too dark.`,
];
const unList = [
  'Place probes on both sides of a shadow boundary, such as under and beside a bridge.',
  'Place a layer of probes near the ground and a second layer at head height.',
  'Place extra probes around doorways, where light from inside and outside meets.',
];
const unCaption = 'A Light Probe Group in a courtyard, with extra probes along the edge of the arcade shadow';
const unH3 = 'Probes in large scenes';
const unP3: [string, string, string] = [
  'Large scenes can make ',
  'bake',
  ` slow. Instead of covering the whole terrain with one grid, create a separate group for each area that players can reach.
Open spaces that players only see from far away do not need probes at all.`,
];
const unH4 = 'Light Probe Group properties';
const unRows = [
  ['Edit Light Probes', 'Turns on editing of probe positions in the Scene view.'],
  ['Show Wireframe', 'Shows the lines that connect the probes of the group.'],
  ['Remove Ringing', 'Removes bright or dark artifacts that can appear near strong light sources, at the cost of some contrast.'],
];
const unTh = ['Property', 'Description'];
const unH5 = 'Additional resources';
const unMore = ['Light Probes', 'Light Probe Proxy Volume component', 'Lighting window reference'];
const unTop = ['Manual', 'Scripting API', 'unity.com'];
const unCrumbs = ['Unity Manual', 'Lighting', 'Light Probes'];
const unSuggest = [
  'Suggest a change',
  'Success!',
  'Thank you for helping us improve the Unity Documentation. We cannot accept every suggestion, but we read each one and update pages where we can.',
  'Close',
  'Submission failed',
  'Your suggested change could not be sent. Please try again in a few minutes. Thank you for taking the time to help us.',
  'Your name',
  'Your email',
  'Suggestion',
  'Submit suggestion',
  'Cancel',
];
const unKnown = 'Is something on this page not working as described? It might be a known issue. Check the Issue Tracker at issuetracker.unity3d.com.';
const unFoot = ['Tutorials', 'Community Answers', 'Knowledge Base', 'Forums', 'Asset Store', 'Terms of use', 'Legal', 'Privacy Policy', 'Cookies'];
const unFoot2 = ['Do Not Sell or Share My Personal Information', 'Your Privacy Choices (Cookie Settings)'];
const unCookie = `We use cookies to make this site work, to understand how it is used and to show you relevant content. By clicking
"Accept All Cookies" you agree to this use.`;
const unPara = ([a, k, b]: [string, string, string]): string => `<p>${a}${unTip(k)}${b}</p>`;
const unHtml = `<!DOCTYPE html>
<html lang="en" xml:lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Unity - Manual: Place Light Probes</title><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">
<meta name="author" content="Unity Technologies"><meta name="description" content="How many Light Probes to use and where to place them in a scene.">
<meta property="og:title" content="Unity - Manual: Place Light Probes">
<meta property="og:image" content="https://docs.unity3d.com/StaticFilesManual/images/og.png">
<link rel="shortcut icon" href="../StaticFilesManual/images/favicons/favicon.ico">
<link rel="stylesheet" type="text/css" href="../StaticFilesManual/css/core.css">
<script src="../StaticFilesManual/js/jquery.js"></script><script src="../StaticFilesManual/js/core.js"></script>
<script src="docdata/toc.js">//toc</script><script src="docdata/global_toc.js">//toc</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" type="text/javascript" charset="UTF-8"
data-domain-script="6e91be4c-3145-4ea2-aa64-89d716064836">
</script><script type="text/javascript">function OptanonWrapper() { }</script></head>
<body><div class="header-wrapper"><div id="header" class="header"><div class="content"><div class="spacer"><div class="menu">
<div id="nav-open" for="nav-input"></div>
<div class="logo"><a href="./index.html"></a></div><div class="search-form"><form action="30_search.html" method="get" class="apisearch">
<input type="text" name="q" placeholder="Search manual..." autosave="Unity Reference" results="5" class="sbox field" id="q"><input type="submit" class="submit">
</form></div><ul><li><a href="../Manual/index.html" class="selected">${unTop[0]}</a></li><li><a href="../ScriptReference/index.html">${unTop[1]}</a></li></ul>
</div>
</div><div class="more"><div class="filler"></div><ul><li><a href="https://unity.com/">${unTop[2]}</a></li></ul></div></div></div>
<div class="toolbar"><div class="content clear"><div class="version-switcher"><div class="current toggle" data-target=".version-list">
<div class="lbl">Version:</div>
<div class="b">Unity 6.2</div><div class="arrow"></div></div><div class="version-list" style="display:none;">
<div class="versions-list-head">Select a different version</div>
<ul><li><a href="/6000.3/Documentation/Manual/PlaceLightProbes.html">Unity 6.3</a></li><li>
<a href="/6000.0/Documentation/Manual/PlaceLightProbes.html">Unity 6.0</a></li>
</ul></div></div><div class="lang-switcher"><div class="current toggle" data-target=".lang-list"><div class="lbl">Language :</div><div class="b">English</div>
<div class="arrow"></div></div><div class="lang-list" style="display:none;"><ul><li><a href="/ja/current/Manual/PlaceLightProbes.html">日本語</a></li>
<li><a href="/cn/current/Manual/PlaceLightProbes.html">中文</a></li></ul></div></div></div></div></div>
<div id="master-wrapper" class="master-wrapper clear"><div id="sidebar" class="sidebar"><div class="sidebar-wrap"><div class="content">
<div class="sidebar-menu">
<div class="toc"><h2>Unity Manual</h2></div></div></div></div></div>
<div id="content-wrap" class="content-wrap opened-sidebar"><div class="content-block"><div class="content"><div class="section">
<div class="breadcrumbs clear"><ul>${unCrumbs.map((t) => `<li><a href="${t.replace(/ /g, '')}.html">${t}</a></li>`).join('')}<li>${unTitle}</li></ul></div>
<div class="mb20"><div class="nextprev clear"><div class="icon tt left mr1" data-tooltip="Light Probes"><a href="LightProbes.html" class="icon-prev"></a></div>
<div class="icon tt right" data-tooltip="Light Probe Proxy Volume component"><a href="class-LightProbeProxyVolume.html" class="icon-next"></a></div>
<div class="tooltip-wrapper"><div class="scrollToFeedback"><a href="#">Leave feedback</a></div></div></div></div>
<div class="suggest"><a class="blue-btn sbtn">${unSuggest[0]}</a><div class="suggest-wrap rel hide"><div class="loading hide"><div></div><div></div><div>
</div></div>
<div class="suggest-success hide"><h2>${unSuggest[1]}</h2><p>${unSuggest[2]}</p><a class="gray-btn sbtn close">${unSuggest[3]}</a></div>
<div class="suggest-failed hide"><h2>${unSuggest[4]}</h2><p>${unSuggest[5]}</p><a class="gray-btn sbtn close">${unSuggest[3]}</a></div>
<div class="suggest-form clear"><label class="mb10">${unSuggest[6]}</label><input class="field" id="suggest_name" type="text">
<label class="mb10">${unSuggest[7]}</label>
<input class="field" id="suggest_email" type="email"><label class="mb10">${unSuggest[8]} <span class="red">*</span></label>
<textarea class="field" id="suggest_body">
</textarea><button class="blue-btn mr10" id="suggest_submit">${unSuggest[9]}</button><p class="mb0"><a class="cancel left lh40 blue-link">${unSuggest[10]}</a>
</p>
</div></div></div><a href="../ScriptReference/LightProbeGroup.html" class="switch-link gray-btn sbtn left show">Switch to Scripting</a>
<h1>${unTitle}</h1>
${unPara(unLead)}
<p>${unLead2}</p>
<h2 id="how-many">${unH1}</h2>
${unP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="where">${unH2}</h2>
${unPara(unP2)}
<ul>${unList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p><img src="../uploads/Main/LightProbes-Courtyard.png" alt="${unCaption}"><br><em>${unCaption}</em></p>
<h2 id="large-scenes">${unH3}</h2>
${unPara(unP3)}
<h2 id="properties">${unH4}</h2>
<table><thead><tr>${unTh.map((t) => `<th><strong>${t}</strong></th>`).join('')}</tr></thead><tbody>
${unRows.map(([a, b]) => `<tr><td><strong>${a}</strong></td><td>${b}</td></tr>`).join('\n')}</tbody></table>
<h2 id="additional-resources">${unH5}</h2>
<ul>${unMore.map((t) => `<li><a href="${t.replace(/ /g, '')}.html">${t}</a></li>`).join('\n')}</ul>
<div class="known-issues"><p class="known-issue-text">${unKnown}</p></div>
</div></div><div class="footer-wrapper"><div class="footer clear"><div class="copy">Copyright ©2025 Unity Technologies. Publication Date: 2025-10-01.</div>
<div class="menu">${unFoot.map((t) => `<a href="https://unity.com/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}
<a href="https://unity.com/legal/do-not-sell-my-personal-information">${unFoot2[0]}</a>
<a href="javascript:void(0);" class="ot-sdk-show-settings">${unFoot2[1]}</a>
</div></div></div></div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${unCookie}</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
</body></html>`;
const split = ([a, k, b]: [string, string, string]): string[] => [`${a}${unTips[k]?.[0] ?? ''}`, b];
const unityManual: TestPage = {
  html: unHtml,
  name: 'heldout144-unity-manual-docs',
  kind: 'docs',
  // a paragraph with a glossary term is two body entries, the text up to the term and the text after its hidden
  // tooltip, whose definition, "More info" and "See in Glossary" are furniture; the image caption and the known-issue
  // note are furniture; table data cells are body, header cells in neither list; the "Additional resources" section is
  // part of the page (heading and list items are gold); the hidden suggest form is furniture; the breadcrumb entries
  // "Light Probes" (also an "Additional resources" item) and "Lighting" (a word of one) are left out
  title: unTitle,
  headings: [unH1, unH2, unH3, unH4, unH5],
  body: texts([...split(unLead), unLead2, ...unP1, ...split(unP2), ...unList, ...split(unP3), ...unRows.flat(), ...unMore]),
  bylines: ['Publication Date: 2025-10-01.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...unTop, 'Version:', 'Unity 6.2', 'Select a different version', 'Unity 6.3', 'Unity 6.0', 'Language :', 'English', '日本語',
    '中文', 'Unity Manual', 'Leave feedback', ...unSuggest, 'Switch to Scripting', ...Object.values(unTips).map(([, d]) => d), 'More info',
    'See in Glossary', unCaption, unKnown, 'Copyright ©2025 Unity Technologies.', ...unFoot, ...unFoot2, unCookie, 'Cookies Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT144_F: readonly TestPage[] = [unityManual, kotlinDocs];
