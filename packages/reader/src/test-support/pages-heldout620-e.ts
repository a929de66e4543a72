import { ps, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout620-kit.js';

/** Held-out batch 620, file e: a Discourse forum thread (crawler view) about a hawk walk, and a party-booking page built with Webflow. */
const dTitle = 'First hawk walk at Thornbury Raptors next month – any tips?';
type Post = { user: string; name: string; date: string; paras: readonly string[]; likes: string };
const dPosts: readonly Post[] = [
  {
    user: 'jo_featherstone',
    name: 'Jo Featherstone',
    date: 'March 3, 2025,  7:41pm',
    likes: '2 Likes',
    paras: [
      j(
        'My partner bought me a hawk walk at Thornbury Raptors for my birthday and we are booked in for early April. I have never',
        'held a bird bigger than a budgie. Is there anything I should know before we go? Do I need my own glove?',
      ),
      'Also, is it worth paying extra for the photos or will I be able to take my own?',
    ],
  },
  {
    user: 'harris_hawk_dave',
    name: '',
    date: 'March 3, 2025,  9:02pm',
    likes: '4 Likes',
    paras: [
      j(
        'You won’t need your own glove, they provide them. Wear boots and layers, and something with a pocket you don’t',
        'mind getting a bit of meat on. Don’t wear anything that flaps, like a loose scarf: the hawks don’t like it.',
      ),
      j(
        'As for photos, you can take your own but it’s hard with a hawk on your glove. Bring someone who isn’t flying, or',
        'pay for the photos. Thornbury are good about sending them quickly.',
      ),
    ],
  },
  {
    user: 'kestrel_kate',
    name: 'Kate Barlow',
    date: 'March 4, 2025,  8:15am',
    likes: '1 Like',
    paras: [
      j(
        'I did the same walk last autumn. The falconer (I think it was Ewan) was brilliant with nervous people. The first landing',
        'makes you jump, but by the third you’ll be grinning like an idiot.',
      ),
      'Tip: keep your gloved arm still and slightly raised. If you pull away, the bird bates and it startles everyone.',
    ],
  },
  {
    user: 'jo_featherstone',
    name: 'Jo Featherstone',
    date: 'April 9, 2025, 10:30pm',
    likes: '3 Likes',
    paras: [
      j(
        'Update for anyone who finds this thread: we went on Saturday and it was wonderful. We had two Harris’s hawks, Mabel and',
        'Otto, and Mabel landed on my head at one point, which the falconer said was a compliment. Thank you all for the advice!',
      ),
    ],
  },
];
const dRel: readonly (readonly [string, string, string])[] = [
  ['Owl experience days near Bristol?', '7', '412'],
  ['How heavy is a Harris’s hawk on the glove?', '12', '980'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const post = (
  p: Post,
  i: number,
): string => `<div id="post_${i + 1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href="https://forum.ukhawking.org/u/${p.user}"><span itemprop="name">${p.user}</span></a>${p.name === '' ? '' : `\n(${p.name})`}</span>
<link itemprop="mainEntityOfPage" href="https://forum.ukhawking.org/t/first-hawk-walk-at-thornbury-raptors-next-month-any-tips/4417">
<span class="crawler-post-infos"><time datetime="2025-03-0${(i % 9) + 1}T19:41:12Z" class="post-time">${p.date}</time>
<meta itemprop="dateModified" content="2025-03-03T19:41:12Z"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}"/><span class="post-likes">${p.likes}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Centres and Experiences - UK Hawking Forum</title>
<meta name="description" content="My partner bought me a hawk walk at Thornbury Raptors for my birthday and we are booked in for early April.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0"><link rel="icon" type="image/png"
href="/uploads/default/favicon.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical"
href="https://forum.ukhawking.org/t/first-hawk-walk-at-thornbury-raptors-next-month-any-tips/4417">
<link href="/stylesheets/color_definitions_light_1_1_a2b3.css?__ws=forum.ukhawking.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_a2b3.css?__ws=forum.ukhawking.org" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="UK Hawking Forum"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.ukhawking.org","name":"UK Hawking Forum"}</script>
<meta name="discourse/config/environment" content="%7B%22modulePrefix%22%3A%22discourse%22%7D" /></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="UK Hawking Forum" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/first-hawk-walk-at-thornbury-raptors-next-month-any-tips/4417">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/centres-experiences/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #8C6238"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Centres and Experiences</span></span></a><meta itemprop="position"
content="1" /></span>
</div><div class="topic-list-item-tags"><a href="/tag/beginners">beginners</a><a href="/tag/harris-hawks">harris-hawks</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}"><link itemprop="url"
href="https://forum.ukhawking.org/t/first-hawk-walk-at-thornbury-raptors-next-month-any-tips/4417"><meta itemprop="datePublished"
content="2025-03-03T19:41:12Z">
<meta itemprop="articleSection" content="Centres and Experiences"><meta itemprop="keywords" content="beginners, harris-hawks">
${dPosts.map(post).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    ([t, r, v], i) => `<tr class="topic-list-item" id="topic-list-item-${4300 + i}"><td class="main-link" itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url"
href="/t/${4300 + i}" class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><a href="/c/centres-experiences/6"
class="badge-wrapper bullet"><span class="badge-category-bg" style="background-color: #8C6238"></span><span class="badge-category clear-badge"><span
class="category-name">Centres and Experiences</span></span></a></div></td><td class="replies"><span class="posts" title="posts">${r}</span></td>
<td class="views"><span class="views" title="views">${v}</span></td><td>February 2025</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/${t.length}" itemprop="url">${t} </a></span></li>`,
  )
  .join('')}</ul></nav></footer>
<footer id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout620-discourse-hawk-walk-tips',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: [...new Set(dPosts.flatMap((p) => [p.user, ...(p.name === '' ? [] : [`(${p.name})`]), p.date.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Centres and Experiences', 'beginners', 'harris-hawks', '1', '2', '3', '4', '2 Likes', '4 Likes', '1 Like', '3 Likes', 'Related topics', 'Topic',
    'Replies', 'Views', 'Activity', ...dRel.flatMap((r) => [...r]), 'February 2025', ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const bTitle = 'Owl Birthday Parties';
const bIntro = [
  j(
    'Give your child a birthday they’ll talk about for years. Our party hosts bring the owls to a private room in the',
    'Old Dairy, where the children can meet, stroke and hold them, then head outside to watch a hawk fly to the glove.',
  ),
  'Parties run on Saturday and Sunday afternoons all year round and last two hours, with an hour for food in the party room.',
];
const bHeads = ['Choose your party', 'Little Owlets', 'Night Flyers', 'Grand Parliament', 'Good to know'];
const bPacks = [
  ['For ages 4 to 7. Meet three owls, stroke a barn owl and colour in your own owl mask.', 'Up to 12 children, £195'],
  ['For ages 8 to 12. Meet five owls, hold a tawny owl on the glove and take part in a feather hunt.', 'Up to 15 children, £245'],
  ['Everything in Night Flyers, plus a flying display with our Harris’s hawk and a photo of every child with an owl.', 'Up to 20 children, £320'],
];
const bGood = [
  'You bring the food and cake; we provide tables, plates and a fridge.',
  'Two adults are needed for every ten children, and adults come free.',
  'A deposit of £50 secures your date and is refundable up to 14 days before the party.',
];
const bNav = ['Visit', 'Experiences', 'Parties', 'Our Owls', 'Contact'];
const bQuotes = [
  '“The best party we have ever had. My son still talks about holding Hedwig.” – Sarah, Dunmore',
  '“The hosts were fantastic with a room full of excitable six-year-olds.” – Priya, Castleford',
];
const bHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Jan 13 2025 09:14:27 GMT+0000 -->
<html data-wf-domain="www.tawnyhollowowls.co.uk" data-wf-page="65a1f2c3d4e5f60718293a4b" data-wf-site="65a1f2c3d4e5f60718293a40" lang="en"><head><meta
charset="utf-8">
<title>Owl Birthday Parties | Tawny Hollow Owl Sanctuary</title><meta content="Owl-themed birthday parties for children aged 4 to 12." name="description">
<meta content="Owl Birthday Parties | Tawny Hollow Owl Sanctuary" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.com/65a1f2c3d4e5f60718293a40/css/tawny-hollow.webflow.b3c4d5.css"
rel="stylesheet"
type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c
instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img
src="https://cdn.prod.website-files.com/65a1f2c3/logo-tawny.svg"
loading="lazy" alt="Tawny Hollow Owl Sanctuary" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${bNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link${t === 'Parties' ? ' w--current' : ''}">${t}</a>`).join('')}
<a href="/book" class="button nav-button w-button">Book a party</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-parties"><div class="container w-container"><div class="hero-content"><div class="eyebrow">Ages 4 – 12</div>
<h1 class="heading-xl">${bTitle}</h1>
<div class="rich-text w-richtext">${ps(bIntro)}</div>
<a href="#enquire" class="button w-button">Enquire now</a></div></div></section>
<section class="section packages"><div class="container w-container"><h2 class="heading-l">${at(bHeads, 0)}</h2>
<div class="w-layout-grid grid-3">
${bPacks
  .map(
    ([d, p], i) => `<div id="w-node-${i}" class="package-card"><h3 class="heading-s">${at(bHeads, i + 1)}</h3><p class="paragraph">${d}</p>
<div class="price-tag">${p}</div><a href="#enquire" class="link-arrow">Enquire about this party</a></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section good-to-know"><div class="container w-container"><div class="rich-text w-richtext"><h2>${at(bHeads, 4)}</h2>
<ul role="list">${bGood.map((t) => `<li>${t}</li>`).join('')}</ul></div></div></section>
<section class="section testimonials"><div class="container w-container"><h2 class="heading-m">What parents say</h2><div data-delay="6000"
data-animation="slide"
class="slider w-slider" data-autoplay="true" data-infinite="true"><div class="mask w-slider-mask">
${bQuotes.map((q, i) => `<div class="slide w-slide" aria-label="${i + 1} of 2" role="group"><p class="quote">${q}</p></div>`).join('')}
</div><div class="left-arrow w-slider-arrow-left"><div class="w-icon-slider-left"></div></div><div class="right-arrow w-slider-arrow-right">
<div class="w-icon-slider-right"></div></div><div class="slide-nav w-slider-nav w-round"></div></div></div></section>
<section id="enquire" class="section enquiry"><div class="container w-container"><h2 class="heading-m">Enquire about a party</h2>
<div class="form-block w-form"><form id="wf-form-Party-Enquiry" name="wf-form-Party-Enquiry" data-name="Party Enquiry" method="get" class="form"
data-wf-page-id="65a1f2c3d4e5f60718293a4b" data-wf-element-id="a1b2c3"><label for="Name" class="field-label">Your name</label><input class="text-field w-input"
maxlength="256" name="Name" data-name="Name" type="text" id="Name" required><label for="Email" class="field-label">Email address</label><input
class="text-field w-input"
maxlength="256" name="Email" type="email" id="Email" required><label for="Date" class="field-label">Preferred date</label><input class="text-field w-input"
name="Date"
type="text" id="Date"><input type="submit" data-wait="Please wait..." class="button w-button" value="Send enquiry"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Party Enquiry success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Party Enquiry failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div><div class="footer-heading">Tawny Hollow Owl Sanctuary</div>
<p class="footer-text">Hollow Lane, Dunmore, Stirlingshire FK2 8QR</p><p class="footer-text">Scottish charity SC047719</p></div><div><div
class="footer-heading">Explore</div>
${bNav.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div></div><div class="footer-bottom">© 2025 Tawny Hollow Owl
Sanctuary.
All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f2c3d4e5f60718293a40" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65a1f2c3d4e5f60718293a40/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout620-webflow-owl-parties',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [...bHeads],
  body: [...bIntro, ...bPacks.flat(), ...bGood],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav.filter((t) => t !== 'Parties'), 'Book a party', 'Ages 4 – 12', 'Enquire now', 'Enquire about this party', 'What parents say', ...bQuotes,
'Enquire about a party',
    'Your name', 'Email address', 'Preferred date', 'Tawny Hollow Owl Sanctuary', 'Hollow Lane, Dunmore, Stirlingshire FK2 8QR',
    'Scottish charity SC047719', 'Explore', '© 2025 Tawny Hollow Owl Sanctuary. All rights reserved.',
  ],
};

export const HELDOUT620_E: readonly TestPage[] = [discourse, webflow];
