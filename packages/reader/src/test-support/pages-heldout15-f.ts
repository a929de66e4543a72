import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 15, file f: a question thread on a vendor support community in the Apple Support Communities shape
 * (question with "I have this question too", answers with user levels and points, "Best answer" / "Helpful answer"
 * labels, "Similar questions") and a medical news article on a health news site in the Medical News Today / Healthline
 * shape ("Medically reviewed by", "Fact checked by", key takeaways box, "Share on Pinterest" captions, sources list).
 */
type ApPost = { user: string; level: string; date: string; paras: string[]; label?: string; helpful: string };
const apQ: ApPost = {
  user: 'dunmore_walker',
  level: 'Level 1 (14 points)',
  date: 'Posted on Feb 9, 2025 7:42 PM',
  paras: [
    'Since the last software update my watch no longer unlocks my laptop. It used to work every morning without fail. ' +
      'Now the laptop just shows the password field and after a few seconds a message says it could not communicate with the watch.',
    'Both devices are signed in to the same account, Bluetooth and Wi-Fi are on, and the watch is unlocked on my wrist. ' +
      'I have restarted both twice. Is anyone else seeing this, and is there a fix that does not involve erasing the watch?',
  ],
  helpful: '',
};
const apAnswers: ApPost[] = [
  {
    user: 'Rosalind Achterberg',
    level: 'Level 10 (120,345 points)',
    date: 'Feb 9, 2025 9:15 PM',
    label: 'Best answer',
    paras: [
      'This usually happens when the unlock key stored in the keychain gets out of step after an update. You do not need ' +
        'to erase anything. On the laptop, open the Login & Password settings, turn off “Use your watch to unlock apps and ' +
        'your computer”, restart the laptop, then turn the setting back on.',
      'When you turn it back on you will be asked for your password once, and the laptop will pair with the watch again. ' +
        'If the setting is greyed out, sign out of your account on the laptop and back in first, then try again.',
    ],
    helpful: 'Helpful (47)',
  },
  {
    user: 'k_okonedo',
    level: 'Level 4 (2,871 points)',
    date: 'Feb 10, 2025 6:03 AM',
    label: 'Helpful answer',
    paras: [
      'Worth adding: if you use a VPN or a firewall app on the laptop, pause it while you re-enable the setting. Mine blocked ' +
        'the local connection the pairing needs, and the toggle kept switching itself off until I paused it.',
    ],
    helpful: 'Helpful (12)',
  },
  {
    user: 'dunmore_walker',
    level: 'Level 1 (14 points)',
    date: 'Feb 10, 2025 8:20 AM',
    paras: [
      'Turning the setting off and on again fixed it. Thank you, it unlocked first time this morning. I did have to sign ' +
        'out and back in first, because the toggle was greyed out exactly as described.',
    ],
    helpful: 'Helpful (3)',
  },
];
const apPost = (p: ApPost, cls: string): string => `<article class="${cls}" data-post-id="${p.date.length}${p.user.length}">
<div class="author"><a class="author-avatar" href="/profile/x"><img src="/static/avatar.png" alt="User profile for user: ${p.user}"></a>
<div class="author-info"><a class="author-name" href="/profile/x">${p.user}</a><span class="author-level">${p.level}</span></div></div>
${p.label ? `<div class="post-label"><span class="post-label-text">${p.label}</span></div>` : ''}
<div class="post-body" data-rendered="true">${ps(p.paras)}</div>
<div class="post-footer"><time class="post-date">${p.date}</time><div class="post-actions"><button class="post-action-reply">Reply</button>
${p.helpful ? `<button class="post-action-helpful">${p.helpful}</button>` : ''}</div></div></article>`;
const apTitle = 'Watch no longer unlocks laptop after update';
const apSimilar = ['Auto unlock stopped working after update', 'Unlock with watch greyed out in settings', 'Laptop asks for password even with watch on wrist'];
const apHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${apTitle} - Support Community</title>
<meta name="description" content="Since the last software update my watch no longer unlocks my laptop."><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${apTitle}","answerCount":3,
"acceptedAnswer":{"@type":"Answer","upvoteCount":47,"author":{"@type":"Person","name":"Rosalind Achterberg"}}}}</script>
<link rel="stylesheet" href="/static/community/css/thread.css"><script>window.communityConfig={locale:"en-US",threadId:255810347};</script></head>
<body class="page-thread"><nav id="globalnav" aria-label="Global">
<ul class="globalnav-list">${links(['Store', 'Laptop', 'Phone', 'Watch', 'Support'], 'globalnav-item')}</ul></nav>
<header class="community-header"><a class="community-header-title" href="/community">Support Community</a>
<form class="community-search" role="search"><input aria-label="Search the Community" placeholder="Search the Community"></form>
<a class="community-header-ask" href="/ask">Ask a question</a><a class="community-header-signin" href="/signin">Sign in</a></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/community">Community</a></li><li><a href="/community/watch">Watch</a></li>
<li><a href="/community/watch/apps">Using Watch with other devices</a></li></ol></nav>
<main class="thread-main"><section class="thread-question" aria-labelledby="thread-title">
<h1 id="thread-title" class="thread-title">${apTitle}</h1>
${apPost(apQ, 'post question')}
<div class="question-meta"><span class="question-device">Watch Series 8, watchOS 11</span>
<button class="me-too-button" aria-pressed="false">I have this question too (123)</button><span class="question-status">Question marked as Best answer</span>
</div></section>
<section class="thread-replies" aria-label="Replies"><h2 class="replies-count">3 replies</h2><div class="replies-sort">Sort By: <button>Best</button></div>
${apAnswers.map((a) => apPost(a, 'post reply')).join('\n')}
<div class="thread-end"><p>This thread has been closed by the system or the community team. You may vote for any posts you find helpful, or search the
Community for additional answers.</p></div></section>
<aside class="similar-questions"><h2>Similar questions</h2><ul>${links(apSimilar, 'similar-question')}</ul></aside></main>
<footer id="globalfooter"><p class="globalfooter-legal">Copyright © 2025 Orchard Inc. All rights reserved.</p>
<ul>${links(['Community Terms of Use', 'Privacy Policy', 'Site Map'])}</ul></footer>
<script src="/static/community/js/thread.bundle.js" defer></script>
</body></html>`;
const support: TestPage = {
  html: apHtml,
  name: 'heldout15-support-community-thread',
  kind: 'forum',
  // the question's and every answer's text are body (a Q&A thread); user names and post dates are bylines; user levels,
  // "Best answer"/"Helpful answer" labels, Helpful counts, "Reply", the me-too button, the device line and "Similar
  // questions" are furniture; the closed-thread notice is furniture; the global nav's "Laptop" and "Watch" are words of
  // the title and body: left out
  title: apTitle,
  headings: [],
  body: [...texts(apQ.paras), ...apAnswers.flatMap((a) => texts(a.paras))],
  bylines: ['dunmore_walker', 'Rosalind Achterberg', 'k_okonedo', apQ.date, ...apAnswers.map((a) => a.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Store', 'Phone', 'Support', 'Support Community', 'Ask a question', 'Sign in', 'Using Watch with other devices', 'Level 1 (14 points)',
    'Level 10 (120,345 points)', 'Level 4 (2,871 points)', 'Best answer', 'Helpful answer', 'Reply', 'Helpful (47)', 'Helpful (12)', 'Helpful (3)',
    'Watch Series 8, watchOS 11', 'I have this question too (123)', 'Question marked as Best answer', '3 replies', 'Sort By:', 'Best',
    'This thread has been closed by the system or the community team. You may vote for any posts you find helpful, or search the Community for ' +
      'additional answers.',
    'Similar questions', ...apSimilar, 'Copyright © 2025 Orchard Inc. All rights reserved.', 'Community Terms of Use', 'Privacy Policy', 'Site Map',
  ],
};

const mnTakeaways = [
  'Adults who walked briskly for at least 20 minutes after dinner had lower blood sugar levels the next morning.',
  'The effect was strongest in people with prediabetes.',
  'Researchers say short walks may be an easy habit to add, but larger trials are needed.',
];
const mnBody1 = [
  'A short walk after the evening meal may help keep blood sugar in check overnight, according to a new study of ' + 'adults in their forties and fifties.',
  'The researchers followed 214 adults for twelve weeks. Half were asked to walk briskly for at least 20 minutes within ' +
    'an hour of finishing dinner; the other half kept to their usual routine. All participants wore continuous glucose ' +
    'monitors for two weeks at the start and end of the study.',
  'By the end of the study, fasting blood sugar in the walking group was on average 6 milligrams per decilitre lower ' +
    'than at the start, while the comparison group saw no meaningful change. Among participants who had prediabetes at ' +
    'the outset, the difference was nearly twice as large.',
];
const mnBody2 = [
  'Muscles take up glucose from the blood when they work, and they can do so without needing as much insulin. A walk ' +
    'after a meal puts that effect to use at the moment when blood sugar is rising fastest, explained Dr. Ines Varga, ' +
    'an endocrinologist who was not involved in the research.',
  '“What I like about this study is how modest the intervention is,” Dr. Varga said. “Twenty minutes, no equipment, no ' +
    'gym membership. That is something most of my patients can actually do.”',
];
const mnBody3 = [
  'The study was relatively small and most participants were white adults living in one region, so the results may not ' +
    'apply to everyone. The participants also knew which group they were in, which may have led some to change other ' +
    'habits, such as what they ate for dinner.',
  'The authors say a longer trial is now needed to find out whether the lower morning readings translate into a reduced ' +
    'risk of developing type 2 diabetes over several years.',
  'In the meantime, people who already live with diabetes should talk with their doctor before making changes to their ' +
    'exercise routine, particularly if they take medication that can cause low blood sugar.',
];
const mnSources = [
  'Haverly J, et al. (2025). Post-dinner walking and overnight glycemia in middle-aged adults: a randomized trial.',
  'National Diabetes Education Program. (2024). Physical activity and blood glucose.',
];
const mnLatest = ['What to know about iron deficiency without anemia', 'Could a daily nap protect the aging brain?'];
const mnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A 20-minute walk after dinner may lower next-day blood sugar</title>
<meta name="description" content="A short walk after the evening meal may help keep blood sugar in check overnight, a new study suggests.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Health Ledger Today">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A 20-minute walk after dinner may lower next-day blood
sugar",
"author":{"@type":"Person","name":"Callum Vreeland"},"reviewedBy":{"@type":"Person","name":"Nadia Ferraro, MD"},"datePublished":"2025-08-05T09:00:00Z"}</script>
<script>window.__APOLLO_STATE__={};window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"news"});</script>
<style>.css-1avyp1d{font-size:1.125rem;line-height:1.6}.css-key{background:#eef7f4;padding:1rem}</style></head>
<body><div id="__next"><a class="css-skip" href="#main">Skip to main content</a>
<header class="css-1kxc2ul"><a href="/" aria-label="Health Ledger Today home">Health Ledger Today</a>
<nav class="css-nav"><ul>${links(['Health Conditions', 'Health Products', 'Discover', 'Tools', 'Connect'], 'css-nav-item')}</ul></nav>
<button class="css-nl">Subscribe</button></header>
<main id="main"><article class="article-body css-d2znx6"><div class="css-1rd0q1a"><span class="css-eyebrow">Medical News</span></div>
<h1 class="css-6jxmuv">A 20-minute walk after dinner may lower next-day blood sugar</h1>
<div class="css-byline">
<div class="css-reviewer">Medically reviewed by <a href="/reviewers/nadia-ferraro">Nadia Ferraro, MD</a></div>
<div class="css-author">Written by <a href="/authors/callum-vreeland">Callum Vreeland</a> on August 5, 2025</div>
<div class="css-factcheck">Fact checked by <a href="/authors/jo-mbeki">Jo Mbeki</a></div></div>
<div class="css-key" role="complementary">
<p class="css-key-title">Key takeaways</p>
<ul>${mnTakeaways.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<figure class="css-fig"><a class="css-pin" href="https://pinterest.example/pin/create" rel="nofollow">Share on Pinterest</a>
<img src="https://post.healthledger.example/walk.jpg" alt="">
<figcaption>A brisk walk after the evening meal may blunt a rise in blood sugar. Marta Kovač/Stocksy</figcaption></figure>
<div class="css-1avyp1d">${ps(mnBody1)}</div>
<h2 class="css-h2">Why a walk after eating may help</h2>
<div class="css-1avyp1d">${ps(mnBody2)}</div>
<aside class="css-inline-nl"><p class="css-nl-title">Get our newsletter</p><p>Keep up with the latest research in a weekly email.</p><button>Sign up</button>
</aside>
<aside class="css-related" aria-label="Related coverage">
<p class="css-related-title">Related coverage</p>
<ul>
<li><a href="/articles/prediabetes-diet">Prediabetes diet: What to eat and avoid</a></li>
<li><a href="/articles/glucose-monitor">Do you need a continuous glucose monitor if you do not have diabetes?</a></li>
</ul>
</aside>
<h2 class="css-h2">Limits of the study</h2>
<div class="css-1avyp1d">${ps(mnBody3)}</div>
<section class="css-sources"><h2 class="css-sources-title">How we reviewed this article:</h2>
<p class="css-sources-note">Our experts continually monitor the health and wellness space, and we update our articles when new information becomes
available.</p>
<button class="css-sources-toggle">Sources</button><ul>${mnSources.map((t) => `<li>${t}</li>`).join('\n')}</ul></section>
<div class="css-share"><span>Share this article</span><button>Facebook</button><button>Pinterest</button><button>Email</button></div></article>
<aside class="css-latest"><h2>Latest news</h2><ul>${links(mnLatest, 'css-latest-item')}</ul></aside></main>
<footer class="css-footer"><p>© 2025 Health Ledger Media. All rights reserved. Our website services, content, and products are for informational purposes
only.</p>
<ul>${links(['About Us', 'Contact Us', 'Privacy Policy', 'Advertising Policy'])}</ul></footer></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to improve your experience and to show you relevant ads.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button>
</div>
<script src="https://www.healthledger.example/_next/static/chunks/pages/article.js" async></script>
</body></html>`;
const health: TestPage = {
  html: mnHtml,
  name: 'heldout15-health-news',
  kind: 'news',
  // the key takeaways are the editors' own summary of the article in list items: body (a reader would want them), the
  // box's "Key takeaways" label (a <p>, not a heading) furniture; "Medically reviewed by ..." and "Fact checked by ..."
  // lines are bylines; "Share on Pinterest" and the image caption with its credit, the inline newsletter, the sources
  // list and its note are furniture; the "Medical News" kicker is furniture
  title: 'A 20-minute walk after dinner may lower next-day blood sugar',
  headings: ['Why a walk after eating may help', 'Limits of the study'],
  body: [...mnTakeaways, ...texts(mnBody1), ...texts(mnBody2), ...texts(mnBody3)],
  bylines: ['Medically reviewed by Nadia Ferraro, MD', 'Written by Callum Vreeland on August 5, 2025', 'Fact checked by Jo Mbeki'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Health Ledger Today', 'Health Conditions', 'Health Products', 'Discover', 'Tools', 'Connect', 'Subscribe', 'Medical News',
    'Key takeaways', 'Share on Pinterest', 'A brisk walk after the evening meal may blunt a rise in blood sugar. Marta Kovač/Stocksy',
    'Get our newsletter', 'Related coverage', 'Prediabetes diet: What to eat and avoid',
    'Do you need a continuous glucose monitor if you do not have diabetes?', 'Keep up with the latest research in a weekly email.', 'Sign up',
    'How we reviewed this article:',
    'Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.', 'Sources',
    ...mnSources, 'Share this article', 'Facebook', 'Pinterest', 'Email', 'Latest news', ...mnLatest,
    '© 2025 Health Ledger Media. All rights reserved. Our website services, content, and products are for informational purposes only.', 'About Us',
    'Contact Us', 'Privacy Policy', 'Advertising Policy', 'We use cookies to improve your experience and to show you relevant ads.', 'Accept All Cookies',
  ],
};

export const HELDOUT15_F: readonly TestPage[] = [support, health];
