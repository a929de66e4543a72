import { links, type TestPage, texts } from './page-kit.js';
import { cooked, type DPost, dChrome, dHeader, dMapLabels, dPost, dRelated, dSidebar, dTimeline, dTopicMap } from './pages-heldout207-d3.js';

/**
 * Held-out batch 207, file e2: a Unity Discussions topic on Discourse (the Unity custom header links, the global notice
 * banner above the topic, the sidebar, the category badge and tags, posts with C# code blocks, the "Unity Technologies"
 * user title, like counts, "Reply", the topic map, the timeline, the "Related topics" table, the OneTrust cookie banner and
 * the Unity legal footer).
 */
const unTitle = 'Rigidbody jitters when the camera follows it in LateUpdate';
const unP1 = [
  'I have a third person character with a Rigidbody, moved with AddForce in FixedUpdate. The camera follows it in ' +
    'LateUpdate. In the editor the character looks smooth, but in a build at 144 Hz it visibly jitters, as if it jumps a ' +
    'little every few frames. The background does not jitter, only the character.',
  'Camera code, simplified:',
];
const unCode1 = `void LateUpdate()
{
    transform.position = Vector3.Lerp(transform.position, target.position + offset, smooth * Time.deltaTime);
}`;
const unP1b = [
  'Turning off VSync makes it slightly better but does not fix it, and the profiler shows a steady frame time.',
  'I tried moving the camera code to FixedUpdate, which removes the jitter on the character but makes the whole world ' +
    'stutter instead. Unity 6000.0.41f1, URP, Windows. Any idea what is going on?',
];
const unP2 = [
  'This is the classic mismatch between the physics rate and the frame rate. Physics runs at 50 Hz by default, so at 144 ' +
    'frames per second the Rigidbody only moves on roughly every third frame, while your camera moves every frame.',
  'Set Interpolation on the Rigidbody to Interpolate. Then the Transform is smoothed between physics steps and the camera ' +
    'has something smooth to follow. Do not change the Time.fixedDeltaTime unless you really need more physics accuracy.',
];
const unP3 = [
  'To add to that, also avoid reading rigidbody.position in the camera. Read transform.position, which is the interpolated ' +
    'one. And use a framerate-independent damping instead of Lerp with Time.deltaTime, for example:',
];
const unCode2 = `float t = 1f - Mathf.Exp(-sharpness * Time.deltaTime);
transform.position = Vector3.Lerp(transform.position, target.position + offset, t);`;
const unP4 = [
  'Interpolate fixed almost all of it. The last bit of jitter went away with the exponential damping. I had no idea the ' +
    'editor hid the problem because it was running at a lower frame rate. Thanks both.',
];
const unP5 = [
  'We have a manual page on this, under Rigidbody interpolation, which also covers when to use Extrapolate instead. Worth a ' +
    'read if you add moving platforms later, as they need the same setting.',
  'If you use Cinemachine, its brain has an update method setting that should stay on Smart Update or Late Update for an ' + 'interpolated Rigidbody target.',
];
const unPosts: DPost[] = [
  {
    n: 1,
    user: 'quillon_dev',
    when: 'Nov 12',
    whenTitle: 'Nov 12, 2025 6:40 pm',
    cooked: `${cooked(unP1)}<pre><code class="lang-csharp">${unCode1}</code></pre>${cooked(unP1b)}`,
  },
  { n: 2, user: 'halvard', full: 'Halvard Berg', when: 'Nov 12', whenTitle: 'Nov 12, 2025 7:05 pm', likes: '4', solution: true, cooked: cooked(unP2) },
  {
    n: 3,
    user: 'spline_sofia',
    when: 'Nov 12',
    whenTitle: 'Nov 12, 2025 8:22 pm',
    likes: '3',
    cooked: `${cooked(unP3)}<pre><code class="lang-csharp">${unCode2}</code></pre>`,
  },
  { n: 4, user: 'quillon_dev', when: 'Nov 13', whenTitle: 'Nov 13, 2025 9:11 am', likes: '1', cooked: cooked(unP4) },
  {
    n: 5,
    user: 'Tobias_Unity',
    full: 'Tobias Renner',
    title: 'Unity Technologies',
    when: 'Nov 14',
    whenTitle: 'Nov 14, 2025 11:48 am',
    likes: '2',
    cooked: cooked(unP5),
  },
];
const unLinks = ['Unity.com', 'Learn', 'Documentation', 'Asset Store', 'Support'];
const unNotice = 'Join us at our next developer livestream on December 4. Register now and send your questions in advance.';
const unCats = ['Unity Engine', 'Unity Services', 'Community Showcases', 'Announcements', 'Site Feedback'];
const unTags = ['Physics', 'Scripting', 'Question', 'Unity 6'];
const unRel: [string, string, string, string][] = [
  ['Character stutters with Cinemachine and Rigidbody', '9', '3.2k', 'Oct 2025'],
  ['Interpolate vs Extrapolate for moving platforms', '4', '870', 'Sep 2025'],
  ['Jitter only in builds, smooth in editor', '12', '5.1k', 'Nov 2025'],
];
const unCookie = [
  'We use cookies to help you navigate efficiently and perform certain functions. You will find detailed information about ' +
    'all cookies under each consent category below.',
  'Cookies Settings',
  'Reject All',
  'Accept All Cookies',
];
const unFoot = ['Legal', 'Privacy Policy', 'Cookie Policy', 'Do Not Sell or Share My Personal Information', 'Your Privacy Choices (Cookie Settings)'];
const unSlug = 'rigidbody-jitters-when-the-camera-follows-it-in-lateupdate/1187620';
const unHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch"><head><meta charset="utf-8">
<title>${unTitle} - Unity Engine - Unity Discussions</title><meta name="description" content="I have a third person character with a Rigidbody.">
<meta name="generator" content="Discourse 3.5.0 - https://github.com/discourse/discourse version 3.5.0">
<meta property="og:site_name" content="Unity Discussions"><meta property="og:title" content="${unTitle}">
<link rel="canonical" href="https://discussions.unity.com/t/${unSlug}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${unTitle}",
"author":{"@type":"Person","name":"quillon_dev"},"datePublished":"2025-11-12T18:40:00Z"}</script>
<link href="/stylesheets/desktop_unity_77aa.css" media="all" rel="stylesheet"><script defer src="/assets/discourse-a9e2.br.js"></script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="unity"></script></head>
<body class="crawler-disabled category-unity-engine docked has-sidebar-page"><section id="main" class="ember-application">
${dHeader('Unity Discussions', unLinks)}
<div id="main-outlet-wrapper" class="wrap" role="main">${dSidebar(unCats, unTags)}<div id="main-outlet"><div class="global-notice">
<div class="row"><div class="alert alert-info alert-global-notice">${unNotice}</div></div></div><div class="regular ember-view">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="1187620"><a href="/t/${unSlug}" class="fancy-title">${unTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/unity-engine/52"><span class="badge-category">
<span class="badge-category__name">Unity Engine</span></span></a><div class="list-tags">${unTags
  .map((t) => `<a href="/tag/${t}" class="discourse-tag simple" data-tag-name="${t}">${t}</a>`)
  .join('')}</div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="1187620"><div class="posts-wrapper">
<div class="post-stream">${dPost(unPosts[0]!, unSlug)}
${dTopicMap('Nov 12', 'Nov 14', ['4', '462', '4', '10'])}
${unPosts
  .slice(1)
  .map((p) => dPost(p, unSlug))
  .join('\n')}</div></div></section>${dTimeline('Nov 2025', '1 / 5', 'Nov 14')}</div></div>${dRelated(unRel)}</div></div></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy-text">${unCookie[0]}</div>
<button id="onetrust-pc-btn-handler">${unCookie[1]}</button><button id="onetrust-reject-all-handler">${unCookie[2]}</button>
<button id="onetrust-accept-btn-handler">${unCookie[3]}</button></div>
<footer class="unity-footer"><ul>${links(unFoot, 'unity-footer__link')}</ul><p>Copyright © 2025 Unity Technologies</p></footer>
</section></body></html>`;

export const unityThread: TestPage = {
  html: unHtml,
  name: 'heldout207-unity-discussions-topic',
  kind: 'forum',
  title: unTitle,
  headings: [],
  body: texts([...unP1, ...unP1b, ...unP2, ...unP3, ...unP4, ...unP5]),
  bylines: ['quillon_dev', 'halvard', 'Halvard Berg', 'spline_sofia', 'Tobias_Unity', 'Tobias Renner', 'Nov 12', 'Nov 13', 'Nov 14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...unLinks, unNotice, ...dChrome, ...unCats, ...unTags, 'Unity Technologies', 'Solution', 'Reply', ...dMapLabels, '1 / 5', 'Nov 2025',
    ...unRel.flatMap((r) => [r[0], r[2], r[3]]), ...unCookie, ...unFoot, 'Copyright © 2025 Unity Technologies',
  ],
};
