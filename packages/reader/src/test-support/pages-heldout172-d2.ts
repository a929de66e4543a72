import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 172, file d2: a Berkeleyside story on Cityside’s Newspack theme (the "Support Berkeleyside" header
 * button, the sister-site strip, section menu, category, dek, byline and date, featured image with credit, an inline
 * newsletter prompt, a "Related stories" block inside the content, a bulleted list, the end-of-story membership box, tags,
 * author bio, the Coral comments heading with its sign-in text, and the Cityside footer).
 */
const bsTitle = 'Berkeley will test car-free Sundays on a stretch of Telegraph Avenue';
const bsDek = 'The six-month pilot starts in March and will close four blocks south of campus to cars every Sunday afternoon.';
const bsP1 = [
  'Four blocks of Telegraph Avenue will close to cars every Sunday afternoon starting in March, under a pilot program ' +
    'the Berkeley City Council approved 7-2 on Tuesday night.',
  'From noon to 6 p.m., the stretch between Dwight Way and Bancroft Way will be open only to people on foot, bikes and ' +
    'scooters. Cross streets will stay open, and AC Transit buses will be rerouted to College Avenue during those hours.',
  'Supporters say the change will bring more shoppers to a commercial district that has struggled since the pandemic. ' +
    'About one in five ground-floor storefronts on the four blocks is empty, according to the Telegraph Business ' +
    'Improvement District.',
  '“People come to Telegraph to walk, not to drive,” said Councilmember Iris Nakamura-Bell, who wrote the proposal. ' +
    '“We should design the street for how people actually use it.”',
];
const bsP2 = ['Under the pilot:'];
const bsList = [
  'Delivery vehicles may use the closed blocks until 11:30 a.m. on Sundays.',
  'Businesses may apply for free permits to put tables and displays in the street.',
  'The city will count foot traffic and survey merchants in June and again in September.',
];
const bsP3 = [
  'Not every merchant is on board. Hal Petrossian, who has run a shoe repair shop on the avenue since 1989, said his ' +
    'older customers drive in from the hills and need to park close by. “For them, no cars means no shop,” he said.',
  'The two council members who voted no, Dennis Whitcombe and Lena Orozco-Hart, said they supported the idea but wanted ' +
    'the city to do more outreach before the closures begin.',
  'City staff estimate the pilot will cost about $85,000, mostly for barriers and signs. The council will decide in ' +
    'October whether to make the closures permanent.',
  'Merchants who want to take part in the first month can apply for street permits at the city’s website starting Feb. 1.',
];
const bsSites = ['Berkeleyside', 'Oaklandside', 'Nosh'];
const bsNav = ['News', 'Food', 'Schools', 'Housing', 'Transportation', 'Arts', 'Events', 'Opinion'];
const bsCaption = 'Shoppers on Telegraph Avenue near Channing Way on a Sunday afternoon in November.';
const bsCredit = 'Credit: Pablo Ventresca';
const bsPrompt = ['Get the Berkeleyside daily newsletter in your inbox.', 'Your email', 'Sign up'] as const;
const bsRelated = [
  'Related stories',
  'Telegraph merchants say empty storefronts are hurting everyone',
  'Berkeley’s bike plan update puts Milvia and Hearst first',
];
const bsMember = [
  'Berkeleyside’s journalism is funded by readers.',
  'Become a member to keep local news free for everyone in Berkeley.',
  'Support Berkeleyside',
];
const bsTags = ['Berkeley City Council', 'Southside', 'Telegraph Avenue', 'Transportation'];
const bsBio = 'Wendell Ashgrove covers transportation and city hall for Berkeleyside.';
const bsComments = ['Join the conversation', 'Sign in to comment', 'Read our comment guidelines'];
const bsFoot = ['About', 'Staff', 'Advertise', 'Careers', 'Contact', 'Privacy Policy', 'Terms of Use'];
const bsCity = 'Berkeleyside is a program of Cityside, a 501(c)(3) nonprofit.';
const bsHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Berkeley will test car-free Sundays on a stretch of Telegraph Avenue</title>
<meta name="description" content="${bsDek}"><meta property="og:type" content="article"><meta property="og:title" content="${bsTitle}">
<meta property="og:site_name" content="Berkeleyside"><meta property="article:published_time" content="2025-11-19T22:10:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bsTitle}","datePublished":"2025-11-19T22:10:00+00:00",
"author":{"@type":"Person","name":"Wendell Ashgrove"},
"publisher":{"@type":"NewsMediaOrganization","name":"Berkeleyside"}}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://www.berkeleyside.example/wp-content/themes/newspack-katharine/style.min.css?ver=2.0.4">
<script src="https://coral.berkeleyside.example/assets/js/embed.js" defer></script></head>
<body class="post-template-default single single-post postid-301877 single-format-standard singular has-featured-image newspack-theme">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="cityside-network-bar"><ul>${links(bsSites, 'network-site')}</ul></div>
<header id="masthead" class="site-header"><div class="middle-header-contain"><div class="wrapper"><div class="site-branding">
<a href="/" class="custom-logo-link" rel="home"><img class="custom-logo" src="/wp-content/uploads/berkeleyside-logo.svg" alt="Berkeleyside"></a></div>
<div id="tertiary-nav-contain"><nav class="tertiary-menu"><ul><li class="menu-item button"><a href="/membership/">Support Berkeleyside</a></li></ul></nav></div>
<button class="mobile-menu-toggle"><span class="screen-reader-text">Open Menu</span></button></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul class="main-menu">
${links(bsNav, 'menu-item')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-301877" class="post-301877 post type-post status-publish format-standard has-post-thumbnail category-transportation entry">
<header class="entry-header"><span class="cat-links"><a href="/category/transportation/" rel="category tag">Transportation</a></span>
<h1 class="entry-title">${bsTitle}</h1><div class="newspack-post-subtitle">${bsDek}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span>by</span>
<span class="author vcard"><a class="url fn n" href="/author/wendell-ashgrove/">Wendell Ashgrove</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-11-19T14:10:00-08:00">Nov. 19, 2025, 2:10 p.m.</time></span></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2025/11/telegraph.jpg" alt="" class="wp-post-image">
<figcaption><span class="caption">${bsCaption}</span> <span class="image-credit">${bsCredit}</span></figcaption></figure>
<div class="entry-content">
${ps(bsP1.slice(0, 2))}
<div class="newspack-popup-container newspack-popup newspack-inline-popup" id="id_8802"><div class="wp-block-newspack-newsletters-subscribe">
<p><strong>${bsPrompt[0]}</strong></p><form><input type="email" placeholder="${bsPrompt[1]}"><input type="submit" value="${bsPrompt[2]}"></form></div></div>
${ps(bsP1.slice(2))}
${ps(bsP2)}
<ul class="wp-block-list">${bsList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="wp-block-newspack-blocks-homepage-articles wpnbha ts-3"><h2 class="article-section-title"><span>${bsRelated[0]}</span></h2>
${bsRelated
  .slice(1)
  .map((t, i) => `<article><div class="entry-wrapper"><h3 class="entry-title"><a href="/2025/10/${i}/">${t}</a></h3></div></article>`)
  .join('\n')}</div>
${ps(bsP3)}
</div>
<div class="wp-block-group membership-cta"><h3 class="wp-block-heading">${bsMember[0]}</h3><p>${bsMember[1]}</p>
<a class="wp-block-button__link" href="/membership/">${bsMember[2]}</a></div>
<footer class="entry-footer"><span class="tags-links">
<span>Tagged: </span>${bsTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Wendell Ashgrove</h2></div><p>${bsBio}</p>
<a class="author-link" href="/author/wendell-ashgrove/">More by Wendell Ashgrove</a></div></div>
</article>
<section id="comments" class="comments-area"><h2 class="comments-title">${bsComments[0]}</h2><div id="coral_thread">
<p class="coral-signin"><a href="#">${bsComments[1]}</a></p><p class="coral-guidelines"><a href="/comment-guidelines/">${bsComments[2]}</a></p></div></section>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-widgets"><p class="footer-mission">${bsCity}</p>
<ul class="menu">${links(bsFoot, 'menu-item')}</ul></div>
<div class="site-info"><span class="copyright">© 2025 Cityside.</span></div></footer></div>
</body></html>`;
export const berkeleyside: TestPage = {
  name: 'heldout172-berkeleyside-news',
  kind: 'news',
  html: bsHtml,
  // the dek is body; the newsletter prompt and the "Related stories" block inside the content are furniture
  title: bsTitle,
  headings: [],
  body: texts([bsDek, ...bsP1, ...bsP2, ...bsList, ...bsP3]),
  bylines: ['Wendell Ashgrove', 'Nov. 19, 2025, 2:10 p.m.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...bsSites, 'Support Berkeleyside', 'Open Menu', ...bsNav, bsCaption, bsCredit, bsPrompt[0], ...bsRelated, ...bsMember,
    'Tagged:', ...bsTags, bsBio, 'More by Wendell Ashgrove', ...bsComments, bsCity, ...bsFoot, '© 2025 Cityside.',
  ])],
};
