import { links, type TestPage, texts } from './page-kit.js';
import { usaToday } from './pages-heldout20-c2.js';

/**
 * Held-out batch 20, file c: an Axios-style "smart brevity" story (Next.js markup with CSS-module class names and data-cy
 * attributes, the header with "Newsletters" and "Axios Local", the headline, author avatar and name, date and section
 * link, lead illustration with its credit, short paragraphs with bolded "Why it matters:" style lead-ins, a "By the
 * numbers:" paragraph with a bullet list, the closing "Go deeper" link, share buttons, topics, the newsletter sign-up box,
 * "More stories" cards, "Axios Pro" promo and the footer).
 */
const axTitle = 'Home insurers are dropping customers in hail country, too';
const axBody1 = [
  'Insurers are pulling back from parts of the Great Plains and upper Midwest, where hailstorms have become one of the costliest perils ' + 'in the country.',
  '<strong>Why it matters:</strong> The retreat, long associated with wildfire-prone California and hurricane-exposed Florida, is ' +
    'spreading to places where homeowners never expected to struggle to find coverage.',
  '<strong>Driving the news:</strong> At least four regional insurers have stopped writing new homeowners policies in parts of ' +
    'Nebraska, Kansas and Colorado this year, according to a review of state filings by the Plains Insurance Consumers Council.',
  "Two others have raised deductibles for wind and hail damage to 2% or more of a home's insured value, meaning a family with a " +
    '$350,000 house could owe $7,000 before coverage kicks in.',
  '<strong>By the numbers:</strong>',
];
const axList = [
  'Hail caused about $31 billion in insured losses in the U.S. last year, per industry estimates.',
  'Average homeowners premiums in Nebraska rose 24% between 2022 and 2025.',
  'Roof claims make up more than half of all homeowners claims in the region.',
];
const axBody2 = [
  '<strong>Zoom in:</strong> Many insurers now pay only the depreciated value of an older roof, rather than the cost of replacing it, ' +
    'which can leave homeowners covering most of a repair themselves.',
  '<strong>What they\'re saying:</strong> "People in Lincoln didn\'t move to a disaster zone. The disaster moved to them," said Tessa ' +
    'Halvorsen, an independent agent in Lincoln, Nebraska.',
  '<strong>The other side:</strong> Insurers say their rates have lagged behind rising construction costs and more frequent severe ' +
    'storms, and that state regulators have been slow to approve increases.',
  '<strong>Between the lines:</strong> Some states are pushing fortified-roof programs, offering grants for impact-resistant shingles ' +
    'that can cut premiums by up to 30%.',
  "<strong>What's next:</strong> Nebraska lawmakers plan hearings in January on whether to create a state-backed insurer of last " +
    'resort, similar to those in California and Florida.',
];
const axDeeper = 'Climate change is pushing home insurance out of reach';
const axNav = ['Politics & Policy', 'Economy & Business', 'Technology', 'Health', 'Science', 'Climate', 'World', 'Sports', 'Axios Local'];
const axTopics = ['Economy & Business', 'Climate', 'Insurance', 'Housing'];
const axMore = [
  'Mortgage rates tick up again as buyers wait out winter',
  'Scoop: FEMA weighs shrinking disaster aid for repeat flood claims',
  'The states where homeowners pay the most for insurance',
];
const axFoot = [
  'About',
  'About Axios',
  'Advertise with us',
  'Careers',
  'Events',
  'Axios Newsletters',
  'Axios Pro',
  'Axios HQ',
  'Contact us',
  'Privacy policy',
  'Terms of use',
  'Online tracking choices',
];
const axCredit = 'Illustration: Marta Quill/Axios';
const axP = (t: string): string => `<p class="DraftjsBlocks-module__paragraph__k2Q8v">${t}</p>`;
const axHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Home insurers drop customers in hail states</title>
<meta property="og:title" content="${axTitle}"><meta name="description" content="Insurers are pulling back from parts of the Great Plains.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${axTitle}",
"author":[{"@type":"Person","name":"Emma Larkspur"}],"datePublished":"2025-11-12T10:30:12.000Z","publisher":{"@type":"Organization","name":"Axios"}}</script>
<style>.StoryByline-module__avatar__c8Hq3{border-radius:50%}</style></head>
<body><div id="__next"><a class="SkipLink-module__skip__Yx1nb" href="#main-content">Skip to main content</a>
<header class="Header-module__header__Jq7d1" data-cy="header"><a href="/" aria-label="Axios home" class="Header-module__logo__Tp0Zr">
<svg aria-hidden="true"></svg></a><nav data-cy="topics-nav" class="Header-module__nav__c2VgR"><ul>${links(axNav, 'Header-module__item__mR3kd')}</ul></nav>
<a href="/newsletters" class="Header-module__cta__k1Mzq" data-cy="header-newsletters">Newsletters</a>
<button class="Header-module__search__e8Lxw" aria-label="Search"><span class="sr-only">Search</span></button></header>
<main id="main-content" class="StoryPage-module__main__rT3pN"><article class="StoryPage-module__story__Dqz0p" data-cy="story">
<h1 class="StoryHeadline-module__headline__f0S3n" data-cy="story-headline">${axTitle}</h1>
<div class="StoryByline-module__byline__h7Bt2" data-cy="story-byline"><img class="StoryByline-module__avatar__c8Hq3"
src="https://images.axios.example/authors/emma-larkspur.png" alt="Avatar: Emma Larkspur" width="32" height="32">
<a href="/authors/elarkspur" class="StoryByline-module__author__g4Cxs" data-cy="byline-author">Emma Larkspur</a></div>
<div class="StoryTimestamp-module__meta__a9Kl2" data-cy="time-rubric"><span data-cy="timestamp"><time datetime="2025-11-12T10:30:12.000Z">Nov 12, 2025</time>
</span> - <a href="/economy-business" data-cy="section-link">Economy &amp; Business</a></div>
<figure class="StoryImage-module__figure__u2Wbq" data-cy="story-image"><img alt="Illustration of a house under a cloud of hailstones"
src="https://images.axios.example/hail-insurance.png?w=1366&amp;h=768" width="1366" height="768" fetchpriority="high">
<figcaption class="StoryImage-module__caption__b3Pza"><span class="StoryImage-module__credit__Lq8rX">${axCredit}</span></figcaption></figure>
<div class="DraftjsBlocks-module__story__n3Xz7 gtm-story-text" data-cy="story-body" data-vars-content-id="4a1b9f20">
${axBody1.map(axP).join('\n')}
<ul class="DraftjsBlocks-module__list__w4Fmk">${axList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${axBody2.slice(0, 2).map(axP).join('\n')}
<div class="AdUnit-module__ad__p0Zzj" data-cy="story-ad" aria-hidden="true"><div id="div-gpt-ad-story-1"></div></div>
${axBody2.slice(2).map(axP).join('\n')}
${axP(`<strong>Go deeper:</strong> <a href="/2025/06/03/climate-change-home-insurance-costs" data-vars-link-text="go-deeper">${axDeeper}</a>`)}
</div>
<div class="ShareButtons-module__share__Vx2kq" data-cy="share-buttons"><span class="sr-only">Share this story</span>
<button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button><button aria-label="Share on LinkedIn">LinkedIn</button>
<button aria-label="Share via email">Email</button><button aria-label="Copy link">Copy link</button></div>
<div class="StoryTopics-module__topics__Pm4c9" data-cy="story-topics"><ul>${links(axTopics, 'StoryTopics-module__topic__t6nLs')}</ul></div>
</article>
<section class="NewsletterSignup-module__box__H2zq1" data-cy="newsletter-signup"><h2 class="NewsletterSignup-module__title__r8Qd0">Axios Markets</h2>
<p>Catch up on the day's biggest business stories in a few minutes, every weekday morning.</p><form><label for="email" class="sr-only">Email address</label>
<input id="email" type="email" placeholder="Enter your email"><button type="submit">Subscribe</button></form>
<p class="NewsletterSignup-module__legal__s3Rt9">By subscribing, you agree to our Privacy Policy and Terms of Use.</p></section>
<section class="MoreStories-module__more__zk28m" data-cy="more-stories"><h2>More stories</h2><ul>${links(axMore, 'MoreStories-module__card__y7Fq0')}</ul>
</section><aside class="ProPromo-module__promo__L0c4b"><p><strong>Axios Pro</strong> Deep reporting on the deals and policy that move markets.</p>
<a href="https://www.axios.example/pro">Start your free trial</a></aside></main>
<div id="consent-banner" role="dialog" aria-live="polite"><p>We use cookies to personalize content and ads and to analyze our traffic.</p>
<button>Accept</button><button>Manage preferences</button></div>
<footer class="Footer-module__footer__q9Mhx" data-cy="footer"><ul>${links(axFoot, 'Footer-module__link__kX0d2')}</ul>
<p>© 2025 Axios Media Inc.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"id":"4a1b9f20","smartBrevityCount":"1 min read"}}}}</script>
</body></html>`;
const axios: TestPage = {
  html: axHtml,
  name: 'heldout20-axios-smart-brevity',
  kind: 'news',
  // the bolded lead-ins ("Why it matters:", "Zoom in:" ...) open their paragraphs and stay in them as body; "By the
  // numbers:" stands alone as a paragraph introducing the bullet list: a body item, not a heading (the story has none);
  // the closing "Go deeper:" line is a link to another story: furniture; "Emma Larkspur" and the date are bylines (the avatar
  // alt text is not page text); the section link after the date, the illustration credit, share buttons, topics, the
  // newsletter box, "More stories", the Pro promo, the consent banner, header, nav and footer are furniture; the section link
  // "Economy & Business" is also a nav item and a topic, "Climate" a nav item and a topic: listed once
  title: axTitle,
  headings: [],
  body: [...texts(axBody1), ...axList, ...texts(axBody2)],
  bylines: ['Emma Larkspur', 'Nov 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...axNav, 'Newsletters', 'Search', axCredit, 'Go deeper:', axDeeper, 'Share this story', 'Facebook', 'X', 'LinkedIn',
    'Email', 'Copy link', 'Insurance', 'Housing', 'Axios Markets', 'Catch up on the day\'s biggest business stories in a few minutes, every weekday morning.',
    'Email address', 'Subscribe', 'By subscribing, you agree to our Privacy Policy and Terms of Use.', 'More stories', ...axMore, 'Axios Pro',
    'Deep reporting on the deals and policy that move markets.', 'Start your free trial',
    'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept', 'Manage preferences', ...axFoot, '© 2025 Axios Media Inc.',
  ],
};

export const HELDOUT20_C: readonly TestPage[] = [axios, usaToday];
