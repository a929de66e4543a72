import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 98, file c2: a Kyiv Independent story as its Ghost theme renders it (the header with the section nav,
 * "Become a member", "Sign in" and "Subscribe", the primary tag, headline, custom excerpt, author, date and reading time,
 * the feature image with its "(Photo: ...)" caption, the gh-content text with a "Read also:" line, an image card with a
 * caption and a "Support independent journalism" callout card in the middle of the text, the author's note box after the
 * text, tags, share buttons, the author card, "Most popular" and "Latest news" rails, the newsletter form, the Ghost portal
 * and the footer).
 */
const kTitle = 'In front-line village, teachers reopen school that was shelled twice';
const kExcerpt = `After two strikes in two years, the school in Stepove Pole in Kharkiv Oblast has reopened with a reinforced basement
classroom, and 38 children have returned to their desks.`;
const kP1 = [
  `STEPOVE POLE, Kharkiv Oblast — The bell that hangs by the door of School No. 2 is not the original. The first one was buried under
rubble in the spring of 2023, when a Russian guided bomb hit the gym. Its replacement was donated by a church in Lviv and rang for
the first time in February.`,
  `"The children asked to ring it themselves," said principal Halyna Tkachenko, 52, who has worked at the school for 27 years. "We
made a rota. Everybody gets a turn."`,
  `The village lies about 25 kilometers from the front line. Before the full-scale invasion, the school had 160 pupils. Today it has
38, most of them the children of farmers and municipal workers who decided to stay despite regular shelling.`,
];
const kReadAlso = 'Read also: Kharkiv Oblast schools move classes underground as attacks intensify';
const kH1 = 'Classes underground';
const kP2 = [
  `The school was hit a second time in October 2024, when a drone struck the roof of the main building. Nobody was hurt, because
lessons had been moved online. But teachers and parents decided that the children needed to be back in the classroom.`,
  `With money from a regional reconstruction fund and an international charity, builders spent four months converting the school's
basement into two classrooms, a small dining room and a shelter that can hold everyone in the building. The walls were reinforced
with concrete, and a backup generator and water tanks were installed.`,
  `Lessons now start in the basement every morning. On quiet days, older pupils go upstairs for physical education and science in a
repaired wing of the building, but they return underground as soon as an air raid alert sounds.`,
];
const kH2 = '"They need each other"';
const kP3 = [
  `Teachers say the return to in-person learning has made a visible difference. "Online, many children just switched off their
cameras and disappeared," said Tkachenko. "Here they talk, they argue, they play. They need each other as much as they need lessons."`,
  `Oksana Melnyk, whose two sons attend the school, said she had considered moving to Kharkiv when the school was closed. "Now I
feel they are safer here, in a proper shelter, than at home alone with a laptop," she said.`,
  `Not everyone agrees. Some parents still keep their children on distance learning, and local officials acknowledge that no shelter
can guarantee safety this close to the front. The regional military administration reviews the school's status every month.`,
  `For now, the rota for ringing the bell continues. On the day the Kyiv Independent visited, it was the turn of nine-year-old Maksym,
who rang it twice as long as he was supposed to and then ran downstairs before anyone could stop him.`,
];
const kNav = ['News Feed', 'Ukraine', 'Russia', 'Opinion', 'Business', 'Investigations', 'Culture', 'Podcasts', 'Video'];
const kTop = ['Become a member', 'Sign in', 'Subscribe'];
const kFeature = 'Principal Halyna Tkachenko in the basement classroom of School No. 2 in Stepove Pole, Kharkiv Oblast, on March 4, 2025.';
const kFeatureCredit = '(Photo: Olena Marchuk/The Kyiv Independent)';
const kCard = 'Pupils take a break in the reinforced basement of the school. (Photo: Olena Marchuk/The Kyiv Independent)';
const kSupport = [
  'Support independent journalism',
  `The Kyiv Independent is funded by its readers. Become a member to keep our reporting from the front line free for everyone.`,
  'Become a member',
];
const kNote = `Hi, this is Olena Marchuk. I spent three days in Stepove Pole to report this story. If you want to read more stories
like this one, please consider supporting our newsroom.`;
const kTags = ['#Ukraine', '#Kharkiv Oblast', '#Education', '#Reconstruction'];
const kShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Copy link'];
const kBio = 'Olena Marchuk is a reporter for the Kyiv Independent covering eastern Ukraine. She previously worked for regional media in Kharkiv.';
const kPopular = [
  'Ukraine war latest: Drone attack cuts power in Sumy Oblast',
  'Explainer: How Ukraine’s new mobilization rules work',
  'Zaporizhzhia power line repaired after three-week outage',
];
const kLatest = [
  ['5:02 PM', 'Russian strike damages grain terminal in Odesa Oblast'],
  ['4:47 PM', 'Parliament approves new head of state property fund'],
  ['4:30 PM', 'Poland to deliver more de-mining equipment, defense ministry says'],
];
const kNews = ['Ukraine Daily', 'Get the most important news from Ukraine in your inbox every morning.', 'Your email address', 'Subscribe now'];
const kFoot = ['About us', 'Our team', 'Jobs', 'Contact us', 'Advertise with us', 'Privacy policy', 'Terms of use', 'Become a partner'];
const kCopy = '© 2025 The Kyiv Independent';
const kPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${kTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c1f2d3e4a">
<link rel="canonical" href="https://kyivindependent.com/front-line-school-reopens/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Kyiv Independent">
<meta property="og:type" content="article">
<meta property="og:title" content="${kTitle}"><meta property="article:published_time" content="2025-03-11T14:12:00.000Z">
<meta property="article:tag" content="Ukraine"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Kyiv Independent"},
"author":{"@type":"Person","name":"Olena Marchuk","url":"https://kyivindependent.com/author/olena-marchuk/"},"headline":"${kTitle}",
"datePublished":"2025-03-11T14:12:00.000Z","keywords":"Ukraine, Kharkiv Oblast, Education, Reconstruction"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://kyivindependent.com/"
data-key="2b1f9c" data-api="https://kyivindependent.com/ghost/api/content/" crossorigin="anonymous"></script></head>
<body class="post-template tag-ukraine tag-kharkiv-oblast tag-education tag-reconstruction"><div class="site">
<header class="c-header"><div class="c-header__inner"><a class="c-header__logo" href="https://kyivindependent.com"><img alt="The Kyiv Independent"
src="/content/images/2023/01/logo.svg"></a><nav class="c-nav" aria-label="Main"><ul class="c-nav__list">${links(kNav, 'c-nav__item')}</ul></nav>
<div class="c-header__actions"><a class="c-button c-button--member" href="/membership/">${kTop[0]}</a>
<a class="c-header__signin" href="#/portal/signin" data-portal="signin">${kTop[1]}</a>
<a class="c-button c-button--subscribe" href="#/portal/signup" data-portal="signup">${kTop[2]}</a></div></div></header>
<main class="site-main"><article class="c-post post tag-ukraine tag-kharkiv-oblast">
<header class="c-post__header"><a class="c-post__tag" href="/tag/ukraine/">Ukraine</a><h1 class="c-post__title">${kTitle}</h1>
<p class="c-post__excerpt">${kExcerpt}</p>
<div class="c-post__meta"><div class="c-post__authors">by <a href="/author/olena-marchuk/">Olena Marchuk</a></div>
<time class="c-post__date" datetime="2025-03-11">March 11, 2025 4:12 PM</time><span class="c-post__reading-time">3 min read</span></div></header>
<figure class="c-post__feature-image"><img srcset="/content/images/size/w600/2025/03/school.jpg 600w, /content/images/size/w1200/2025/03/school.jpg 1200w"
src="/content/images/size/w1200/2025/03/school.jpg" alt="${kFeature}"><figcaption>${kFeature} <span>${kFeatureCredit}</span></figcaption></figure>
<section class="gh-content gh-canvas c-post__content">
${kPs(kP1.slice(0, 2))}
<p><strong>Read also: </strong><a href="https://kyivindependent.com/kharkiv-oblast-schools-move-underground/">Kharkiv Oblast schools move classes underground
as attacks intensify</a></p>
${kPs(kP1.slice(2))}
<h2 id="classes-underground">${kH1}</h2>
${kPs(kP2.slice(0, 2))}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/03/basement.jpg" class="kg-image" alt="" loading="lazy" width="2000"
height="1333"><figcaption><span style="white-space: pre-wrap;">${kCard}</span></figcaption></figure>
${kPs(kP2.slice(2))}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-text"><h3>${kSupport[0]}</h3><p>${kSupport[1]}</p>
<a class="kg-btn" href="/membership/?utm_source=article-inline">${kSupport[2]}</a></div></div>
<h2 id="they-need-each-other">${kH2}</h2>
${kPs(kP3)}
</section>
<div class="c-author-note"><p class="c-author-note__label">Note from the author:</p><p>${kNote}</p>
<a class="c-button" href="/membership/?utm_source=author-note">Support us</a></div>
<footer class="c-post__footer">
<div class="c-post__tags">${kTags.map((t) => `<a href="/tag/${t.slice(1).toLowerCase().replace(' ', '-')}/">${t}</a>`).join('\n')}
</div><div class="c-share"><ul>${links(kShare, 'c-share__item')}</ul></div>
<div class="c-author-card"><img src="/content/images/2024/05/olena.jpg" alt="Olena Marchuk"><div><h3 class="c-author-card__name">
<a href="/author/olena-marchuk/">Olena Marchuk</a></h3><p class="c-author-card__bio">${kBio}</p>
<a class="c-author-card__more" href="/author/olena-marchuk/">Read more</a></div></div></footer></article>
<aside class="c-sidebar"><section class="c-widget"><h2 class="c-widget__title">Most popular</h2><ol>
${kPopular.map((t, i) => `<li><a href="/popular-${i}/"><h3 class="c-card__title">${t}</h3></a></li>`).join('\n')}</ol></section>
<section class="c-widget"><h2 class="c-widget__title">Latest news</h2><ul>
${kLatest.map(([time, t], i) => `<li><time>${time}</time><a href="/latest-${i}/">${t}</a></li>`).join('\n')}</ul></section>
<section class="c-newsletter"><h3 class="c-newsletter__title">${kNews[0]}</h3><p>${kNews[1]}</p><form data-members-form="subscribe">
<label class="sr-only" for="nl-email">${kNews[2]}</label><input id="nl-email" data-members-email type="email" required>
<button type="submit">${kNews[3]}</button><p class="message-success" hidden>Great! Check your inbox and click the link to confirm your subscription.</p>
<p class="message-error" hidden>Please enter a valid email address</p></form></section></aside></main>
<footer class="c-footer"><ul class="c-footer__links">${links(kFoot, 'c-footer__item')}</ul><p class="c-footer__copyright">${kCopy}</p></footer></div>
<div id="ghost-portal-root"></div><script src="/assets/built/main.min.js?v=8c1f2d3e4a"></script></body></html>`;
export const kyivIndependentStory: TestPage = {
  html: kHtml,
  name: 'heldout98-kyivindependent-story',
  kind: 'news',
  // the custom excerpt is body, the dateline stays in its paragraph; "by" author, date and reading time are bylines; the
  // "Read also:" line and the membership callout inside the text, captions, the author's note, tags, share, the author
  // card, rails, newsletter (with its hidden form messages) and footer are furniture
  title: kTitle,
  headings: [kH1, kH2],
  body: texts([kExcerpt, ...kP1, ...kP2, ...kP3]),
  bylines: ['Olena Marchuk', 'March 11, 2025 4:12 PM', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kNav, ...kTop, kFeature, kFeatureCredit, kReadAlso, kCard, ...kSupport.slice(0, 1), texts([kSupport[1] ?? ''])[0] ?? '',
    'Note from the author:', texts([kNote])[0] ?? '', 'Support us', ...kTags, ...kShare, kBio, 'Read more', 'Most popular', ...kPopular, 'Latest news',
    ...kLatest.flat(), ...kNews, 'Great! Check your inbox and click the link to confirm your subscription.', 'Please enter a valid email address',
    ...kFoot, kCopy,
  ],
};
