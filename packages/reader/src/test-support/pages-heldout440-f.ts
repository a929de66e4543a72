import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout440-kit.js';

/**
 * Held-out batch 440, file f: an AI art gallery post on a Civitai-style Next.js site with Mantine markup (a short main
 * text: title, description and the prompts of each image, with generation settings, copy buttons, reactions, resources and
 * comments around them) and a Discourse forum thread on an AI API's community (topic title with category and tags, four
 * posts with avatars, dates and post controls, a solution badge, the topic map, timeline and suggested topics).
 */
const cvTitle = 'Lighthouses at the edge of the map';
const cvDesc = [
  j(
    'A small series I made over a few evenings: lighthouses drawn as if they were the last thing on an old sea chart, where the',
    'coastline turns into sea monsters and empty paper. I wanted ink and watercolour rather than the glossy look most models',
    'default to, so every prompt leans on paper texture and a limited palette.',
  ),
  j(
    'All four were made with the same checkpoint and style adapter at weight 0.7. The third one needed about forty tries before the',
    'lamp stopped melting into the clouds; lowering CFG to 5 is what finally fixed it.',
  ),
];
const cvPrompts = [
  j(
    'ink and watercolor illustration of a lonely lighthouse on a rocky headland at the edge of an antique sea chart, sepia paper,',
    'faded compass rose, sea serpent in the margin, limited palette of indigo and ochre, hand-drawn linework',
  ),
  'antique map vignette, lighthouse beam crossing a stormy sea, cartographer handwriting, foxing stains on paper, muted teal and rust',
  j(
    'lighthouse on a tiny island drawn in the corner of an old nautical chart, depth soundings as numbers in the water, cloud',
    'scrolls, gold leaf lamp, delicate crosshatching',
  ),
  'two lighthouses facing each other across a strait, rhumb lines, paper grain, wind heads blowing from the corners, quiet dusk light',
];
const cvNeg = 'photo, 3d render, glossy, neon, text watermark, blurry lines';
const cvComments = [
  'The depth soundings in the third one are a lovely touch. Did you prompt those or paint them in?',
  'All prompted! The numbers are nonsense if you look closely, but they read right from a distance.',
];
const cvNav = ['Home', 'Models', 'Images', 'Videos', 'Posts', 'Articles', 'Bounties', 'Events'];
const cvTags = ['ink', 'watercolor', 'lighthouse', 'maps'];
const cvRes = ['Chartwork XL', 'Checkpoint', 'Old Sea Charts', 'LoRA'];
const cvFoot = ['© Civitai 2026', 'Creators', 'Terms of Service', 'Privacy', 'Safety', 'Newsroom', 'API', 'Status'];
const img = (i: number, prompt: string): string => `<div class="mantine-Paper-root mantine-Card-root image-card"><div class="mantine-AspectRatio-root">
<img src="https://image.civitai.example/xG1nkqKTMzGDvpLrqFT7WA/${i}/width=450/img.jpeg" alt="lighthouse ${i}" class="EdgeImage_image__iH4_q"></div>
<div class="mantine-Stack-root generation-data"><div class="mantine-Group-root"><span class="mantine-Text-root mantine-Text-dimmed">Prompt</span>
<button class="mantine-UnstyledButton-root copy-btn">Copy prompt</button></div><p class="mantine-Text-root prompt-text">${prompt}</p>
<div class="mantine-Group-root"><span class="mantine-Text-root mantine-Text-dimmed">Negative prompt</span></div>
<p class="mantine-Text-root prompt-text">${cvNeg}</p>
<div class="mantine-SimpleGrid-root gen-params"><span>Sampler: DPM++ 2M Karras</span><span>Steps: 32</span><span>CFG scale: ${i === 3 ? 5 : 6}</span>
<span>Seed: ${418200 + i * 37}</span></div>
<div class="mantine-Group-root reactions"><button class="mantine-Button-root">❤️ ${40 - i * 3}</button>
<button class="mantine-Button-root">👍 ${21 - i}</button></div>
</div></div>`;
const cvHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Lighthouses at the edge of the map | Civitai</title><meta name="description" content="A small series of lighthouses drawn as if on an old sea chart."/>
<meta property="og:title" content="Lighthouses at the edge of the map"/><meta property="og:image" content="https://image.civitai.example/og/lighthouse.jpeg"/>
<link rel="stylesheet" href="/_next/static/css/6a1e2d9c.css" data-n-g=""/><style data-emotion="mantine 1n4g2wx 7b2c1a">.mantine-1n4g2wx{display:flex}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ImageGallery","name":"Lighthouses at the edge of the map",
"author":{"@type":"Person","name":"inkmariner"}}</script></head>
<body><div id="__next"><div class="mantine-AppShell-root"><header class="mantine-Header-root AppHeader_header__Q3b1"><div class="mantine-Group-root">
<a href="/" class="logo">Civitai</a><div class="mantine-Autocomplete-root"><input class="mantine-Input-input" placeholder="Search Civitai"/></div>
<nav class="mantine-Group-root main-nav">${cvNav.map((t) => `<a class="mantine-Button-root nav-link" href="/${t.toLowerCase()}">${t}</a>`).join('\n')}</nav>
<button class="mantine-Button-root">Create</button><button class="mantine-Button-root">Sign In</button></div></header>
<div class="mantine-Alert-root announcement"><span>Image generation is paused for scheduled maintenance on Sunday from 02:00 UTC.</span></div>
<main class="mantine-AppShell-main"><div class="mantine-Container-root post-detail"><div class="mantine-Stack-root">
<div class="mantine-Group-root post-header"><h1 class="mantine-Title-root">${cvTitle}</h1>
<button class="mantine-ActionIcon-root" aria-label="share">Share</button></div>
<div class="mantine-Group-root user-line"><a href="/user/inkmariner" class="mantine-Text-root username">inkmariner</a>
<span class="mantine-Text-root mantine-Text-dimmed">Posted Mar 14, 2026</span><button class="mantine-Button-root follow">Follow</button></div>
<div class="mantine-Group-root tags">${cvTags
  .map(
    (t) => `<a class="mantine-Badge-root" href="/tag/${t}">
<span class="mantine-Badge-inner">${t}</span></a>`,
  )
  .join('\n')}</div>
<div class="mantine-TypographyStylesProvider-root post-description">${ps(cvDesc)}</div>
${cvPrompts.map((p, i) => img(i + 1, p)).join('\n')}
<div class="mantine-Paper-root resources"><h3 class="mantine-Title-root">Resources used</h3><ul>${cvRes.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="mantine-Paper-root comments"><h3 class="mantine-Title-root">Comments</h3>
<div class="comment"><a class="username" href="/user/harbor_fox">harbor_fox</a><span class="mantine-Text-dimmed">2 days ago</span>
<p>${cvComments[0] ?? ''}</p></div>
<div class="comment"><a class="username" href="/user/inkmariner">inkmariner</a><span class="mantine-Badge-root">OP</span>
<span class="mantine-Text-dimmed">1 day ago</span>
<p>${cvComments[1] ?? ''}</p></div><button class="mantine-Button-root">Add a comment</button></div></div></div></main>
<footer class="mantine-Footer-root AppFooter_footer__x1">
<div class="mantine-Group-root">${cvFoot.map((t) => `<a href="/${t.length}">${t}</a>`).join('\n')}</div></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"postId":8812045}},"page":"/posts/[postId]","buildId":"k2Jd9"}</script>
</body></html>`;

const cvPage: TestPage = {
  name: 'heldout440-civitai-gallery-post-blog',
  kind: 'blog',
  html: cvHtml,
  title: cvTitle,
  headings: [],
  body: [...texts(cvDesc), ...cvPrompts, cvNeg],
  bylines: ['inkmariner', 'Posted Mar 14, 2026'],
  furniture: [
    ...cvNav,
    'Create',
    'Sign In',
    'Image generation is paused for scheduled maintenance on Sunday from 02:00 UTC.',
    'Share',
    'Follow',
    ...cvTags.filter((t) => t === 'maps'),
    'Prompt',
    'Copy prompt',
    'Negative prompt',
    'Sampler: DPM++ 2M Karras',
    'Steps: 32',
    'Resources used',
    ...cvRes,
    'Comments',
    'harbor_fox',
    '2 days ago',
    ...cvComments,
    '1 day ago',
    'Add a comment',
    ...cvFoot,
  ],
};

const dsTitle = 'Embeddings for the same text changed after upgrading to v3';
const dsPosts: { user: string; date: string; body: string[]; solution?: boolean }[] = [
  {
    user: 'lena_k',
    date: 'Mar 3',
    body: [
      j(
        'We store about two million embeddings from the <code>tessel-embed-2</code> model in a vector database. After upgrading',
        'the Python SDK from 2.8 to 3.0 last week, new embeddings for documents we had already indexed come back different, and',
        'search results have got noticeably worse.',
      ),
      j(
        'The cosine similarity between the old and new vector for the same sentence is around 0.93, not 1.0. We did not change',
        'the model name in our code. Is this expected, and do we have to re-embed everything?',
      ),
    ],
  },
  {
    user: 'ravi.menon',
    date: 'Mar 3',
    body: [
      j(
        'Same here. I think the v3 SDK strips trailing whitespace and normalises Unicode before sending the text. Our documents',
        'have lots of non-breaking spaces from PDF extraction, and those vectors moved the most.',
      ),
    ],
  },
  {
    user: 'tessel_staff_mo',
    date: 'Mar 4',
    solution: true,
    body: [
      j(
        'Thanks for the report, and sorry for the surprise. Ravi is right about the cause: SDK 3.0 applies NFC normalisation and',
        'collapses whitespace by default. The model itself has not changed, so identical input still gives identical vectors.',
      ),
      j(
        'You have two options. To keep matching your existing index, pass <code>preprocess=False</code> to <code>embed()</code>,',
        'which restores the 2.x behaviour exactly. Or re-embed your corpus with the new default, which we recommend for new',
        'projects because it makes queries and documents more consistent.',
      ),
      'We should have called this out as a breaking change in the release notes. The changelog has now been updated.',
    ],
  },
  {
    user: 'ravi.menon',
    date: 'Mar 4',
    body: [
      j(
        'For anyone re-embedding a large index: do it into a second collection and switch the alias when it is done. We tried',
        'updating in place and spent a day with half old and half new vectors, which is worse than either on its own.',
      ),
    ],
  },
  {
    user: 'lena_k',
    date: 'Mar 4',
    body: [
      j(
        'Confirmed: with <code>preprocess=False</code> the similarity is 1.0 again. We will re-embed over the weekend and switch',
        'to the new default at the same time. Thanks, both.',
      ),
    ],
  },
];
const dsSuggested = ['Rate limits on batch embedding endpoint', 'Best chunk size for tessel-embed-2?', 'SDK 3.0 migration checklist'];
const post = (p: (typeof dsPosts)[number], n: number): string => `<div class="topic-post clearfix${n === 1 ? ' topic-owner' : ''} regular"
data-post-number="${n}"><article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${90400 + n}" data-topic-id="51207"
data-user-id="${700 + n}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar"
href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/${p.user}/48/1.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}" class="">${p.user}</a></span></div><div class="post-infos">
<div class="post-info post-date"><a class="post-date" href="/t/51207/${n}">
<span title="${p.date}, 2026 10:${10 + n} am" class="relative-date">${p.date}</span></a></div>
</div></div><div class="regular contents"><div class="cooked">${ps(p.body)}</div>
${p.solution ? '<div class="post-notice accepted-answer"><p class="solved">Solution</p></div>' : ''}
<section class="post-menu-area clearfix"><nav class="post-controls collapsed-actions"><div class="actions"><div class="double-button">
<button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"><span class="like-count">${n + 1}</span></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span>
</button></div></nav></section></div></div></div></article></div>`;
const dsHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch">
<head><meta charset="utf-8"><title>Embeddings for the same text changed after upgrading to v3 - SDKs &amp; Libraries - Tessel Community</title>
<meta name="description" content="We store about two million embeddings from the tessel-embed-2 model in a vector database.">
<meta name="generator" content="Discourse 3.5.0.beta3 - https://github.com/discourse/discourse version 8f2e1d">
<link rel="canonical" href="https://community.tessel.example/t/embeddings-changed-after-v3/51207"><meta property="og:site_name" content="Tessel Community">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dsTitle}",
"author":{"@type":"Person","name":"lena_k"},"datePublished":"2026-03-03T10:11:00Z","commentCount":4}</script>
<link href="/stylesheets/desktop_f1e2.css" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler docs archetype-regular category-sdks-libraries tags-embeddings tags-python-sdk"><div id="main-outlet-wrapper">
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/">
<img src="/uploads/logo.png" alt="Tessel Community" id="site-logo"></a></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">Sign Up</button>
<button class="btn btn-primary btn-small login-button">Log In</button></span></div></div></div></header>
<div id="main-outlet" class="wrap"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="51207"><a href="/t/embeddings-changed-after-v3/51207"
class="fancy-title">${dsTitle}</a></h1><div class="topic-category"><span class="badge-category__wrapper"><span class="badge-category"
data-category-id="12"><span class="badge-category__name">SDKs &amp; Libraries</span></span></span><div class="list-tags">
<a href="/tag/embedding-models" class="discourse-tag simple">embedding-models</a><a href="/tag/python-sdk" class="discourse-tag simple">python-sdk</a></div>
</div></div></div>
<div class="container posts"><div class="topic-navigation"><div class="timeline-container"><div class="timeline-scrollarea"><div class="timeline-date-wrapper">
<a class="start-date">Mar 3</a></div><div class="timeline-handle"></div><div class="timeline-scroller-content">1 / 5</div></div></div></div>
<div class="post-stream">${dsPosts.map((p, i) => post(p, i + 1)).join('\n')}</div>
<div class="topic-map"><ul class="topic-map__stats"><li><h4>created</h4><span class="relative-date">Mar 3</span></li><li><h4>last reply</h4>
<span class="relative-date">Mar 4</span></li><li><span class="number">4</span><h4>replies</h4></li><li><span class="number">412</span><h4>views</h4></li>
<li><span class="number">3</span><h4>users</h4></li></ul></div>
<div class="topic-footer-main-buttons"><button class="btn btn-primary create">Reply</button></div>
<div id="suggested-topics" class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><tbody>
${dsSuggested
  .map(
    (t) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${t.length}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="posters"></td><td class="num views"><span class="number">${t.length * 7}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="footer"><div class="wrap"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
<ul>${links(['Tessel home', 'Documentation', 'Status'])}</ul></div></footer></div></body></html>`;

const dsPage: TestPage = {
  name: 'heldout440-discourse-ai-api-thread-forum',
  kind: 'forum',
  html: dsHtml,
  title: dsTitle,
  headings: [],
  body: dsPosts.flatMap((p) => texts(p.body)),
  bylines: ['lena_k', 'ravi.menon', 'tessel_staff_mo', 'Mar 3', 'Mar 4'],
  furniture: [
    'Sign Up',
    'Log In',
    'SDKs & Libraries',
    'embedding-models',
    'python-sdk',
    '1 / 5',
    'Solution',
    'Reply',
    'created',
    'last reply',
    'replies',
    'views',
    'users',
    'Suggested Topics',
    ...dsSuggested,
    'Powered by Discourse, best viewed with JavaScript enabled',
    'Tessel home',
    'Documentation',
    'Status',
  ],
};

export const HELDOUT440_F: readonly TestPage[] = [cvPage, dsPage];
