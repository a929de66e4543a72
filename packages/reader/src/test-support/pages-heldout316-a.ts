import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout316-kit.js';

/**
 * Held-out batch 316, file a: a children's news story on a Newsround-style public broadcaster's template (orbit header,
 * programme nav, headline / byline / text blocks, image copyright and caption, "Find out more" promo, related topics,
 * cookie banner, footer) and a kids' science explainer on a WordPress news-for-students theme (header, byline with
 * reading level, figure credit, "Power Words" glossary box, classroom questions promo, newsletter box, related rail).
 */
const nTitle = 'Pupils build a hedgehog highway across their whole village';
const nBody1 = [
  j(
    'Children at a primary school in the village of Otterbrook have linked up more than forty gardens with small holes in',
    'their fences, so that hedgehogs can wander safely from one side of the village to the other.',
  ),
  j(
    'The pupils at Otterbrook Primary spent six months knocking on doors, drawing maps and asking neighbours if they would',
    'mind a gap about the size of a CD at the bottom of their fence.',
  ),
  j(
    '"At first some people thought we wanted to make a hole for their dog to escape," said Maisie, who is ten. "Then we',
    'explained that it is only 13 centimetres wide, and most of them said yes straight away."',
  ),
];
const nH1 = 'Why do hedgehogs need highways?';
const nBody2 = [
  j(
    'Hedgehogs travel a long way at night looking for beetles, worms and slugs to eat. A single hedgehog can walk up to two',
    'kilometres in one night, which is a lot for an animal with very short legs.',
  ),
  j(
    'But walls and solid fences mean many of them get stuck in one garden, or have to go out onto busy roads to get around.',
    'Experts think the number of hedgehogs living in the countryside has dropped a lot over the last twenty years.',
  ),
  j(
    'Local wildlife volunteer Priya Anand helped the school put up small cameras in some of the gardens. "We have already',
    'spotted hedgehogs using six of the new gaps," she said. "One of them came back to the same hole every single night."',
  ),
];
const nH2 = 'How the pupils did it';
const nBody3 = [
  'The project was split up so that every class had a job to do:',
  'Year 3 drew a giant map of the village and coloured in every garden that had joined.',
  'Year 4 wrote letters to neighbours explaining what a hedgehog highway is.',
  'Year 5 painted small signs saying "Hedgehog Highway" to go above each gap.',
  'Year 6 counted the hedgehogs caught on camera and made graphs for the school website.',
  j(
    'The school has now been given a national nature award for the project, and the head teacher says other villages have',
    'already been in touch to ask how they can copy it.',
  ),
  j(
    '"We want every street to have a hedgehog highway," said Arlo, who is nine. "If you have a fence, ask a grown-up if you',
    'can make a little gap. It only takes five minutes."',
  ),
];
const nTopics = ['Animals', 'Nature', 'Schools'];
const nBar = ['Home', 'News', 'Sport', 'Weather', 'iPlayer', 'Sounds', 'Bitesize', 'CBBC', 'CBeebies'];
const nNav = ['Newsround Home', 'Latest', 'Quizzes', 'Watch', 'Press Pack', 'Hacks', 'Weather'];
const nMore = ['Quiz: How much do you know about British wildlife?', 'Watch: The secret life of the garden at night', 'Swifts are back - and need your help'];
const nFoot = ['Terms of Use', 'About the ABN', 'Privacy Policy', 'Cookies', 'Accessibility Help', 'Parental Guidance', 'Contact the ABN'];
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8">
<title>Pupils build a hedgehog highway across their whole village - ABN Newsround</title>
<meta name="description" content="Children in Otterbrook have linked more than forty gardens so hedgehogs can move around safely.">
<meta property="og:title" content="${nTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="ABN Newsround">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://www.abn.example/newsround/68123456">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle","headline":"${nTitle}",
"datePublished":"2026-05-14T06:12:08.000Z","author":{"@type":"Person","name":"Tilly Marsh"},"publisher":{"@type":"NewsMediaOrganization",
"name":"ABN Newsround"}}</script>
<script>window.__INITIAL_DATA__="{\\"data\\":{\\"page\\":\\"newsround-article\\"}}";</script>
<style>.ssrcss-1ocoo3l-Wrap{display:flex}.ssrcss-11r1m41-RichTextComponentWrapper{margin:0}</style></head>
<body><div id="__next"><div class="ssrcss-1ok1fqb-GlobalNavigation"><a href="#main-content" class="ssrcss-1h9qk7v-SkipLink">Skip to content</a>
<header role="banner" class="ssrcss-13xdwxm-GlobalNavigationContainer"><a href="https://www.abn.example" aria-label="ABN Homepage"
class="ssrcss-rfm6ed-BrandLink"><svg viewBox="0 0 83 24" aria-hidden="true"></svg></a>
<nav aria-label="ABN" class="ssrcss-1d3w5wq-NavigationWrapper"><ul role="list" class="ssrcss-1qp5ox2-StyledList">
${links(nBar, 'ssrcss-1y2n2m8-GlobalNavigationProduct')}</ul></nav></header>
<nav aria-label="Newsround" class="ssrcss-1n1f2f9-NavigationLink"><a href="/newsround" class="ssrcss-ProgrammeLogo">Newsround</a>
<ul class="ssrcss-1d3xvy9-NavigationList">${links(nNav, 'ssrcss-9vz6ic-NavigationListItem')}</ul></nav></div>
<div class="ssrcss-1ocoo3l-Wrap"><main id="main-content" data-testid="main-content" class="ssrcss-1sxcn5b-MainColumn"><article
class="ssrcss-pv1rh6-ArticleWrapper">
<header data-component="headline-block" class="ssrcss-1dcu15a-HeadlineComponentWrapper"><h1 id="main-heading" type="headline" tabindex="-1"
class="ssrcss-15xko80-StyledHeading">${nTitle}</h1></header>
<div data-component="byline-block" class="ssrcss-68pt20-Text-TextContributorName"><div class="ssrcss-1lg0lf1-Contributor">
<span class="ssrcss-ihggh9-TextContributorName">By Tilly Marsh</span><div class="ssrcss-84ltp5-Text">Newsround</div></div>
<time data-testid="timestamp" datetime="2026-05-14T06:12:08.000Z" class="ssrcss-1if1g9v-MetadataText">Published 14 May 2026</time></div>
<div data-component="image-block" class="ssrcss-1o0oxxm-ComponentWrapper"><figure class="ssrcss-wpgbih-StyledFigure"><div
class="ssrcss-ab5fd8-StyledFigureContainer"><span class="ssrcss-hs0sfu-Image"><img alt="A hedgehog walking through a gap in a wooden fence"
src="https://ichef.abn.example/news/976/cpsprodpb/hog.jpg" width="976" height="549"></span>
<span role="text" class="ssrcss-1d1i4k-Copyright"><span class="ssrcss-1ubsdgz-VisuallyHidden">Image source, </span>Otterbrook Primary School</span></div>
<figcaption class="ssrcss-1wsfc1u-Caption"><span class="ssrcss-1ubsdgz-VisuallyHidden">Image caption, </span>One of the hedgehogs caught
on camera using a gap made by the pupils</figcaption></figure></div>
<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer">
${ps(nBody1, ' class="ssrcss-1q0x1qg-Paragraph"')}</div></div>
<div data-component="subheadline-block" class="ssrcss-1ktw5zv-ComponentWrapper"><h2 class="ssrcss-1sjx2vt-StyledHeading">${nH1}</h2></div>
<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer">
${ps(nBody2, ' class="ssrcss-1q0x1qg-Paragraph"')}</div></div>
<div data-component="links-block" class="ssrcss-1rhawsh-Promo"><h3 class="ssrcss-PromoTitle">Find out more</h3>
<ul class="ssrcss-PromoList">${links(['Quiz: How much do you know about British wildlife?'])}</ul></div>
<div data-component="subheadline-block" class="ssrcss-1ktw5zv-ComponentWrapper"><h2 class="ssrcss-1sjx2vt-StyledHeading">${nH2}</h2></div>
<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer">
<p class="ssrcss-1q0x1qg-Paragraph">${nBody3[0]}</p><ul class="ssrcss-1d3sgrj-BulletList">${lis(nBody3.slice(1, 5))}</ul>
${ps(nBody3.slice(5), ' class="ssrcss-1q0x1qg-Paragraph"')}</div></div>
<div data-component="topic-list" class="ssrcss-1qmkvfu-TopicList"><h2 class="ssrcss-1o4cqkb-Heading">Related Topics</h2>
<ul class="ssrcss-1ujonwb-ClusterItems">${links(nTopics, 'ssrcss-1o8q3ei-StyledListItem')}</ul></div></article>
<section data-component="more-on-this-story" class="ssrcss-1i4iuvx-MoreOnThisStory"><h2 class="ssrcss-wd3ynx-Heading">More on this story</h2>
<ul class="ssrcss-1bbg9f3-Stack">${links(nMore, 'ssrcss-PromoItem')}</ul></section></main></div>
<footer class="ssrcss-1bwrdhd-FooterWrapper"><div class="ssrcss-1b2kcdz-Explore">Explore the ABN</div>
<ul class="ssrcss-nmpgub-LinkList">${links(nFoot, 'ssrcss-FooterListItem')}</ul>
<p class="ssrcss-1v8ywnl-Copyright">Copyright © 2026 ABN. The ABN is not responsible for the content of external sites.</p></footer>
<div id="abn-cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on ABN"><h2 class="cookie-banner__title">Let us know you
agree to cookies</h2><p class="cookie-banner__text">We use cookies to give you the best online experience. Please ask a grown-up before you
say yes.</p><button class="cookie-banner__accept">Yes, I agree</button><a href="/usingtheabn/cookies" class="cookie-banner__link">No, take me
to settings</a></div></div>
<script>window.abnAnalytics&&window.abnAnalytics.page({"name":"newsround.story.68123456.page","producer":"NEWSROUND"});</script></body></html>`;
const newsround: TestPage = {
  name: 'heldout316-abn-newsround-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2],
  body: texts([...nBody1, ...nBody2, ...nBody3]),
  bylines: ['By Tilly Marsh', 'Published 14 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nBar, 'Newsround', ...nNav, 'Image source,', 'Otterbrook Primary School', 'Image caption,',
    'One of the hedgehogs caught on camera using a gap made by the pupils', 'Find out more', 'Related Topics', ...nTopics,
    'More on this story', ...nMore, 'Explore the ABN', ...nFoot,
    'Copyright © 2026 ABN. The ABN is not responsible for the content of external sites.', 'Let us know you agree to cookies',
    'We use cookies to give you the best online experience. Please ask a grown-up before you say yes.', 'Yes, I agree', 'No, take me to settings',
  ],
};

const sTitle = 'Why do cats always seem to land on their feet?';
const sBody1 = [
  j(
    'Drop a piece of toast and it might land butter-side down. Drop a cat (please don’t!) and it will almost always twist in',
    'the air and land on its paws. Scientists call this the righting reflex, and it has puzzled them for more than a century.',
  ),
  j(
    'The trick seems impossible at first. A falling cat has nothing to push against. So how can it turn itself over? The',
    'answer has to do with a cat’s bendy spine and a law of physics called conservation of angular momentum.',
  ),
];
const sH1 = 'A body in two halves';
const sBody2 = [
  j(
    'A cat’s backbone is unusually flexible. It has more vertebrae than a human spine, and the discs between them are',
    'springy. That lets a cat twist its front half one way and its back half another, almost like two separate animals.',
  ),
  j(
    'In the first split second of a fall, the cat tucks in its front legs and stretches out its back legs. Tucked-in legs',
    'make the front half spin fast, while the stretched-out back half barely turns. Then the cat swaps: it stretches its',
    'front legs and tucks in the back ones, so the back half catches up.',
  ),
  j(
    '“It is the same thing a figure skater does,” explains Dr. Halvard Quist, a biomechanics researcher at Lindqvist',
    'University. “Pull your arms in and you spin faster. Push them out and you slow down. The cat does it with each half',
    'of its body in turn.”',
  ),
];
const sH2 = 'How high is too high?';
const sBody3 = [
  j(
    'Cats need a little time to turn over. In slow-motion videos, most cats finish twisting after falling about 30',
    'centimetres. That means a cat dropped from very low down may not have time to turn at all.',
  ),
  j(
    'Falls from great heights are dangerous too. Vets have found that cats still get hurt when they fall from windows and',
    'balconies, even when they land on their feet. Their legs can only soak up so much force.',
  ),
  'Quist’s team measured how long the righting reflex takes in kittens of different ages:',
];
const sTable = [
  ['Age of kitten', 'Can it right itself?', 'Time to turn over'],
  ['3 weeks', 'Not yet', '—'],
  ['5 weeks', 'Sometimes', 'About half a second'],
  ['7 weeks', 'Almost always', 'About a quarter of a second'],
];
const sBody4 = [
  j(
    'Kittens are not born with the reflex, the team found. It develops as their sense of balance matures, which happens in',
    'the inner ear. By about seven weeks old, most kittens can do it as well as an adult cat.',
  ),
  j(
    'Engineers are interested too. Robots and space probes sometimes need to turn in mid-air or in space, with nothing to',
    'push against. Learning from cats could help them do it without wasting fuel.',
  ),
];
const sWords = [
  'angular momentum (noun) A measure of how much something is spinning and how hard it is to stop.',
  'reflex (noun) An action the body makes automatically, without having to think about it.',
  'vertebrae (noun) The small bones that link together to form the backbone.',
];
const sNav = ['Animals', 'Body and Health', 'Earth', 'Humans', 'Physics', 'Space', 'Tech', 'Educators'];
const sRel = ['Why a dog’s nose is always wet', 'How do geckos walk up walls?', 'Let’s learn about gravity'];
const sHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why do cats always seem to land on their feet? | Spark Explorers</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${sTitle}"><meta property="article:section" content="Physics">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${sTitle}",
"author":{"name":"Marisol Tenney"},"datePublished":"2026-04-02T06:30:00-04:00","isPartOf":{"@id":"https://www.sparkexplorers.example/#website"}}]}</script>
<link rel="stylesheet" id="explores-theme-css" href="https://www.sparkexplorers.example/wp-content/themes/explores/dist/main.css" media="all">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"postId":218734,"readingLevel":"6.9","topic":"physics"});</script></head>
<body class="post-template-default single single-post postid-218734 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header class="header-default"><div class="header-default__inner"><a href="/" class="header-default__logo" rel="home">Spark Explorers</a>
<nav class="header-default__nav" aria-label="Topics"><ul class="menu">${links(sNav, 'menu-item menu-item-type-taxonomy')}</ul></nav>
<a href="/subscribe" class="header-default__subscribe">Sign up for our newsletter</a></div></header>
<main id="main" class="site-main"><article class="single post-218734 post type-post status-publish">
<header class="header-default__header single__header"><div class="single__eyebrow"><a href="/topic/physics" class="eyebrow">Physics</a></div>
<h1 class="header-default__title single__title">${sTitle}</h1>
<p class="header-default__deck single__dek">A bendy backbone and a skater’s trick let cats flip in mid-air</p>
<div class="byline single__byline"><span class="byline__author">By <a href="/author/mtenney" rel="author">Marisol Tenney</a></span>
<time class="byline__date" datetime="2026-04-02T06:30:00-04:00">April 2, 2026 at 6:30 am</time></div>
<div class="single__reading-level">Reading Level: 6.9</div></header>
<figure class="single__featured-image wp-block-image"><img src="https://www.sparkexplorers.example/wp-content/uploads/2026/04/cat-fall.jpg"
alt="A grey cat twisting in mid-air above a cushion" width="1030" height="580"><figcaption class="caption"><span class="caption__text">High-speed
cameras show that a cat turns its front half first, then its back half.</span> <span class="caption__credit">Kirsten Vale/Getty Images</span>
</figcaption></figure>
<div class="rich-text single__rich-text">
${ps(sBody1)}
<h2 class="wp-block-heading">${sH1}</h2>
${ps(sBody2)}
<aside class="single__promo"><p class="promo__text">Read more: <a href="/article/how-do-geckos-walk-up-walls">How do geckos walk up walls?</a></p></aside>
<h2 class="wp-block-heading">${sH2}</h2>
${ps(sBody3)}
<figure class="wp-block-table"><table><thead><tr>${sTable[0]?.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${sTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table></figure>
${ps(sBody4)}
</div>
<aside class="power-words" aria-labelledby="power-words-title"><h3 id="power-words-title" class="power-words__title">Power Words</h3>
<ul class="power-words__list">${lis(sWords, 'power-words__item')}</ul></aside>
<aside class="classroom-promo"><p class="classroom-promo__text">Classroom Questions: Use this article in class with our discussion guide.</p></aside>
<div class="single__tags"><span class="single__tags-label">Tags:</span> ${['animals', 'physics', 'pets']
  .map(
    (t) => `<a href="/tag/${t}"
 rel="tag">${t}</a>`,
  )
  .join(', ')}</div>
</article>
<section class="newsletter-signup"><h2 class="newsletter-signup__title">Get great science in your inbox</h2><p class="newsletter-signup__text">A weekly
newsletter for curious kids, parents and teachers.</p><form class="newsletter-signup__form"><input type="email" placeholder="Your email address">
<button type="submit">Subscribe</button></form></section>
<section class="related-posts"><h2 class="related-posts__title">More Stories from Spark Explorers</h2><ul class="related-posts__list">
${links(sRel, 'related-posts__item')}</ul></section></main>
<footer class="site-footer"><p class="site-footer__mission">Spark Explorers is a free science news site for students aged 10 and up.</p>
<ul class="site-footer__links">${links(['About Us', 'Contact', 'Privacy Policy', 'Terms of Service'])}</ul>
<p class="site-footer__copyright">© 2026 Spark Explorers. All rights reserved.</p></footer></body></html>`;
const explores: TestPage = {
  name: 'heldout316-wordpress-explores-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, 'Power Words'],
  body: texts([
    ...sBody1,
    ...sBody2,
    ...sBody3,
    ...sTable
      .slice(1)
      .flat()
      .filter((c) => c !== '—'),
    ...sBody4,
    ...sWords,
  ]),
  bylines: ['By Marisol Tenney', 'April 2, 2026 at 6:30 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Spark Explorers', ...sNav, 'Sign up for our newsletter', 'A bendy backbone and a skater’s trick let cats flip in mid-air',
    'Reading Level: 6.9', 'High-speed cameras show that a cat turns its front half first, then its back half.', 'Kirsten Vale/Getty Images',
    'Read more: How do geckos walk up walls?', 'Classroom Questions: Use this article in class with our discussion guide.', 'Tags:', 'pets',
    'Get great science in your inbox', 'A weekly newsletter for curious kids, parents and teachers.', 'Subscribe',
    'More Stories from Spark Explorers', 'Why a dog’s nose is always wet', 'Let’s learn about gravity', 'About Us', 'Contact', 'Privacy Policy',
    'Terms of Service', 'Spark Explorers is a free science news site for students aged 10 and up.', '© 2026 Spark Explorers. All rights reserved.',
  ],
};

export const HELDOUT316_A: readonly TestPage[] = [newsround, explores];
