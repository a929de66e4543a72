import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout384-kit.js';

/**
 * Held-out batch 384, file d: a Figma Community plugin page as the React app saves it (hashed CSS-module class names,
 * community header with Explore / Design resources / Plugins / Widgets tabs, resource header with creator, "Open in..." and
 * stats, the short rich-text description, the details column with tags and "Report resource", the Comments tab with two
 * comments, "More by this creator" and "Related content" rails, and the cookie banner).
 */
const gTitle = 'Contrast Kite';
const gBody = [
  j(
    'Contrast Kite checks every text layer in your selection against the background behind it and tells you, in plain words,',
    'whether it is readable. It works on frames, components and whole pages, and it understands text that sits on images and',
    'gradients, which is where most contrast problems hide.',
  ),
  '<strong>How to use it</strong>',
  'Select one or more frames.',
  'Run Contrast Kite from the plugins menu or with the quick actions bar.',
  'Read the list of layers that fail, sorted from the worst ratio to the best.',
  'Click a result to zoom to the layer, then pick one of the suggested colours to fix it in place.',
  '<strong>What it checks</strong>',
  j(
    'For each text layer the plugin samples the pixels behind the glyphs, not just the fill of the parent frame. It reports the',
    'lowest ratio it finds together with the size and weight of the text, so large headings are judged by the large-text',
    'threshold and body copy by the normal one.',
  ),
  j(
    'Suggestions stay inside your colour styles and variables whenever possible. If none of them passes, the plugin proposes the',
    'nearest colour that does and marks it as new, so you can decide whether to add it to the library.',
  ),
  '<strong>Privacy</strong>',
  j(
    'Everything runs inside Figma on your own machine. The plugin has no network access and stores only your last choice of',
    "threshold in the file's plugin data.",
  ),
  j(
    'Made by a small accessibility team in Porthleven. Feedback is welcome in the comments; we read them every week and the',
    'gradient sampling in version 2 came straight from a comment here.',
  ),
];
const gTabs = ['Explore', 'Design resources', 'Plugins', 'Widgets', 'Creators'];
const gTags = ['accessibility', 'contrast', 'color', 'wcag', 'a11y'];
const gMore = ['Kite Focus Order', 'Kite Alt Text Notes'];
const gRel = ['Palette Ladder', 'Type Scale Bench', 'Readable Overlay Checker'];
const gComments: readonly (readonly [string, string, string])[] = [
  ['Petra Lindqvist', '3 days ago', 'The image sampling is brilliant. It caught white labels on a hero photo that every other checker missed.'],
  ['Joaquín Saerens', '1 week ago', 'Could you add an option to ignore hidden layers? Our components keep a lot of them.'],
];
const c = (s: string): string => `community_resource_page--${s}`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${gTitle} | Figma</title><meta name="description" content="Find and fix low-contrast text, even on images and gradients.">
<meta property="og:title" content="${gTitle} | Figma"><meta property="og:type" content="website"><meta name="twitter:site" content="@figma">
<link rel="canonical" href="https://www.figma.com/community/plugin/1388204519723166190/contrast-kite">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"${gTitle}","applicationCategory":
"DesignApplication","creator":{"@type":"Organization","name":"Kite Accessibility Studio"},"interactionStatistic":{"@type":"InteractionCounter",
"userInteractionCount":48210}}</script>
<script>window.INITIAL_OPTIONS = {"user_data":null,"community_preloaded_resource":{"id":"1388204519723166190","resource_type":"plugin"}};</script>
<link rel="stylesheet" href="https://static.figma.example/webpack/figma_app.min.css"></head>
<body><div id="react-page"><div class="community_page_layout--root--Tq1Ab"><header class="community_header--header--x7Lp2">
<a class="community_header--logo--Km3f1" href="/community" aria-label="Figma Community">Community</a>
<nav class="community_header--tabs--Vb8Qe">${gTabs
  .map(
    (t) => `<a class="community_header--tab--N2w9d"
href="/community/${t.toLowerCase()}">${t}</a>`,
  )
  .join('')}</nav>
<div class="community_header--right--P0sRe"><input class="search--input--Hh3Kd" placeholder="Search"><a href="/login">Log in</a>
<a class="community_header--signup--Zz1Qa" href="/signup">Sign up</a></div></header>
<main class="${c('root--A3nB7')}"><div class="${c('header--Qm4sT')}"><div class="${c('titleRow--R9kLp')}">
<img class="${c('icon--Fd2Jw')}" src="https://s3-figma-hubfile-images.example/hub/file/carousel/kite-icon" alt="">
<h1 class="${c('title--E5vGc')} text--fontPos24--gm7Tb">${gTitle}</h1></div>
<div class="${c('creator--T1qXs')}"><a class="${c('creatorLink--Lw8Vn')}" href="/@kitestudio"><span class="${c('creatorName--Hb3Mr')}">Kite
Accessibility Studio</span></a></div>
<div class="${c('stats--Yc2Dk')}"><span class="${c('stat--Jq8Rw')}">48.2k users</span><span class="${c('stat--Jq8Rw')}">1.9k saves</span></div>
<div class="${c('actions--Mm5Zt')}"><button class="button--buttonPrimary--Sp9Gd">Open in…</button>
<button class="button--buttonSecondary--Kx4Wb">Try it out</button>
<button class="${c('like--Bn6Ht')}" aria-label="Like">1,204</button></div></div>
<div class="${c('tabs--Ug7Ra')}" role="tablist"><button role="tab" aria-selected="true">Overview</button><button role="tab">Comments</button></div>
<div class="${c('body--Zr2Tc')}"><div class="${c('carousel--Wd1Pe')}"><img src="https://s3-figma-hubfile-images.example/hub/file/carousel/kite-1" alt="">
</div><div class="${c('description--Lx9Ue')} rich_text--richText--S1xGm">
${ps(gBody.slice(0, 2))}
<ol>${gBody
  .slice(2, 6)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ol>
${ps(gBody.slice(6))}
</div>
<aside class="${c('details--F4pWq')}"><div class="${c('detailRow--Ta3Ho')}"><span>Last updated</span><span>10 days ago</span></div>
<div class="${c('detailRow--Ta3Ho')}"><span>Version</span><span>Version 2.3</span></div>
<div class="${c('detailRow--Ta3Ho')}"><span>Support</span><a href="mailto:hello@kite.example">hello@kite.example</a></div>
<div class="${c('tags--Cv7Xy')}">${gTags.map((t) => `<a class="${c('tag--Qe2Nm')}" href="/community/search?tag=${t}">${t}</a>`).join('')}</div>
<a class="${c('report--Kz8Li')}" href="#report">Report resource</a></aside>
<section class="${c('comments--Dg4Sv')}"><h2 class="${c('sectionTitle--Xn1Bo')}">Comments</h2>
${gComments
  .map(
    ([u, d, t]) => `<div class="comment--root--Ph2Rk"><div class="comment--header--Vf3Ln"><span class="comment--author--Ab1Cd">${u}</span>
<span class="comment--date--Gh5Jk">${d}</span></div><div class="comment--body--Mn7Op">${t}</div><button class="comment--reply--Qr9St">Reply</button></div>`,
  )
  .join('\n')}
<div class="comment_input--root--Uv2Wx">Log in to leave a comment</div></section>
<section class="${c('moreBy--Ef6Gh')}"><h2 class="${c('sectionTitle--Xn1Bo')}">More by Kite Accessibility Studio</h2><ul>${links(gMore)}</ul></section>
<section class="${c('related--Ij8Kl')}"><h2 class="${c('sectionTitle--Xn1Bo')}">Related content</h2><ul>${links(gRel)}</ul></section></div></main>
<footer class="community_footer--root--Mx3Ny"><a href="/community/terms">Community terms</a><a href="/legal/privacy">Privacy</a>
<span>© 2026 Figma, Inc.</span></footer>
<div class="cookie_banner--root--Oi4Pq" role="dialog"><p>We use cookies to give you the best experience of Figma and to understand how people use it.</p>
<button>Allow all cookies</button><button>Do not allow cookies</button><a href="/cookie-settings">Cookie settings</a></div></div></div>
<script src="https://static.figma.example/webpack/community.min.js" defer></script></body></html>`;
export const figmaPlugin: TestPage = {
  name: 'heldout384-figma-community-plugin',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts(gBody),
  bylines: ['Kite Accessibility Studio', '10 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Community', ...gTabs, 'Log in', 'Sign up', '48.2k users', '1.9k saves', 'Open in…', 'Try it out', '1,204', 'Overview', 'Comments', 'Last updated',
    'Version 2.3', 'hello@kite.example', ...gTags.slice(2), 'Report resource', ...gComments.flatMap((r) => [...r]), 'Reply', 'Log in to leave a comment',
    'More by Kite Accessibility Studio', ...gMore, 'Related content', ...gRel, 'Community terms', '© 2026 Figma, Inc.',
    'We use cookies to give you the best experience of Figma and to understand how people use it.', 'Allow all cookies', 'Do not allow cookies',
    'Cookie settings',
  ],
};
