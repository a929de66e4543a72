import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout411-kit.js';

/**
 * Held-out batch 411, file e2: a toy recall story on a consumer group's Next.js site in the style of Which? News (CSS-module
 * class names, `__next` root and `__NEXT_DATA__`, consent dialog, header with the members' sign-in and "Join", breadcrumbs,
 * standfirst, author and dates, share buttons, hero image caption, inline "Read more" promos, a members-only promo box, the
 * author bio card, "More on this" cards, the newsletter sign-up and the footer).
 */
const tTitle = 'Magnetic building set recalled after magnets found to come loose';
const tStandfirst = j(
  'Our tests of a popular magnetic tile set found that strong magnets can break free from the tiles, and the seller has now',
  'recalled it. Here’s how to check if you have one.',
);
const tIntro = [
  j(
    'A magnetic building tile set sold by Brightblock has been recalled after our safety tests found that small, powerful',
    'magnets could come loose from the plastic tiles during normal play.',
  ),
  j(
    'If two or more of these magnets are swallowed, they can attract each other through the walls of the intestine, causing',
    'serious injuries that can need emergency surgery. Young children are most at risk because they are more likely to put small',
    'objects in their mouths.',
  ),
];
const tH1 = 'Which sets are affected?';
const tAffected = [
  'The recall covers the Brightblock 64-piece and 100-piece Magna Tiles Builder sets with batch codes BB2504 to BB2510.',
  'The batch code is printed on the bottom of the box and moulded into the edge of each large square tile.',
];
const tList = [
  'Brightblock Magna Tiles Builder, 64 pieces, sold for around £35',
  'Brightblock Magna Tiles Builder, 100 pieces, sold for around £50',
  'Brightblock Magna Tiles Starter, 32 pieces, sold as part of a bundle with the 100-piece set',
];
const tH2 = 'What we found in our tests';
const tTests = [
  j(
    'We bought the 100-piece set last autumn as part of an investigation into construction toys sold on major online',
    'marketplaces. In our drop and torque tests, which follow the toy safety standard, the welded seams on four of the 24',
    'triangle tiles split open and released their magnets.',
  ),
  j(
    'The loose magnets were small enough to fit inside the small parts cylinder used to judge choking hazards, and they were',
    'strong enough to fail the magnetic flux test. We shared our results with Brightblock and with Trading Standards in January.',
  ),
  j(
    '“A toy that can release strong magnets should never be in a child’s hands,” said our head of product safety, Imogen Tarrant.',
    '“We’re glad the seller has acted, but it shouldn’t take a consumer group’s tests to find a fault like this.”',
  ),
];
const tH3 = 'What should you do?';
const tDo = [
  'Stop children playing with the set straight away and put all the tiles somewhere they cannot reach.',
  'Check every tile for cracks or gaps along the seams and count any loose magnets you find.',
  'Contact Brightblock for a full refund; you do not need to send the set back, but you will be asked for a photo of the batch code.',
  'If you think your child has swallowed a magnet, go to A&E immediately, even if they seem well.',
];
const tH4 = 'What Brightblock said';
const tStatement = [
  j(
    'A Brightblock spokesperson told us: “The safety of children is our top priority. As soon as we were made aware of these',
    'findings we stopped sales and began a recall. We are working with our factory to understand what went wrong with the seams',
    'and will not sell this product again until it passes independent testing.”',
  ),
];
const tPromo1 = 'Read more: How we test toys for safety';
const tPromo2 = 'Read more: Toy safety – the hidden dangers in online marketplaces';
const tNav = ['Reviews', 'Money', 'Consumer rights', 'News', 'Policy and insight', 'Help'];
const tMore = ['Unsafe baby sleeping bags still on sale despite warnings', 'Smart doorbells with security flaws', 'Best kids’ scooters tested'];
const tFoot = ['About us', 'Careers', 'Contact us', 'Terms and conditions', 'Privacy notice', 'Cookie policy', 'Accessibility', 'Modern slavery statement'];
const tConsent = 'We use cookies to give you the best experience of our website, to personalise content and to analyse our traffic.';
const tBio = j('Lauren Okoye is a senior researcher on the product safety team, investigating toys, nursery products and electricals sold online.');
const nd = JSON.stringify({ props: { pageProps: { article: { id: 'a8f2c', title: tTitle, author: 'Lauren Okoye' } } }, page: '/news/[slug]', buildId: 'x7Kc' });
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>${tTitle} – Consumer Voice News</title>
<meta name="description" content="${tStandfirst}"><meta property="og:type" content="article"><meta property="og:site_name" content="Consumer Voice">
<meta name="next-head-count" content="12"><link rel="preload" href="/_next/static/css/4e5c6d7a.css" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tTitle}","datePublished":"2026-03-09T06:00:00Z",
"dateModified":"2026-03-10T11:20:00Z","author":{"@type":"Person","name":"Lauren Okoye"}}</script>
<link rel="stylesheet" href="/_next/static/css/4e5c6d7a.css" data-n-g=""><noscript data-n-css=""></noscript></head>
<body><div id="__next"><div class="Layout_wrapper__1kP3d"><a href="#main" class="SkipLink_skip__Zt8aQ">Skip to content</a>
<header class="Header_header__b2Xy9"><a class="Header_logo__m1Qe0" href="/"><span class="VisuallyHidden_hidden__r7Tn2">Consumer Voice</span></a>
<nav class="Header_nav__Kq2Vv" aria-label="Main"><ul class="Header_navList__9pL4s">${links(tNav, 'Header_navItem__T0p1c')}</ul></nav>
<div class="Header_account__Fh0wE"><a href="/login" class="Button_tertiary__1XnBv">Sign in</a><a href="/join" class="Button_primary__yC3L1">Join</a></div>
</header><main id="main" class="Article_main__xT4k2"><nav aria-label="Breadcrumb" class="Breadcrumbs_breadcrumbs__Gk3Bq"><ol>
<li><a href="/news">News</a></li><li><a href="/news/product-safety">Product safety</a></li></ol></nav>
<article class="Article_article__4Yw0P"><header class="ArticleHeader_header__nQ6tS"><h1 class="ArticleHeader_title__x2Kd1">${tTitle}</h1>
<p class="ArticleHeader_standfirst__S9bWc">${tStandfirst}</p>
<div class="ArticleHeader_meta__hZ5rV"><div class="AuthorByline_byline__w3Ee2"><a href="/authors/lauren-okoye">Lauren Okoye</a></div>
<div class="ArticleHeader_dates__o0Yc7"><time dateTime="2026-03-09T06:00:00Z">9 Mar 2026</time><span>Updated 10 Mar 2026</span></div></div>
<div class="ShareButtons_share__Xo5lA"><span class="ShareButtons_label__2fHtS">Share this article</span>
<button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button><button aria-label="Copy link">Copy link</button></div>
</header><figure class="HeroImage_figure__8QmUd"><img alt="" src="/_next/image?url=%2Fimages%2Fmagnet-tiles.jpg&amp;w=1200&amp;q=75">
<figcaption class="HeroImage_caption__eP4zN">The Brightblock set failed our seam strength tests</figcaption></figure>
<div class="ArticleBody_body__Pd7Vq">
${ps(tIntro)}
<h2 class="ArticleBody_h2__V1aXr">${tH1}</h2>
${ps(tAffected)}
<ul class="ArticleBody_list__y6Fd0">${tList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<aside class="InlinePromo_promo__C8kLw"><a href="/reviews/toys/article/how-we-test-toys">${tPromo1}</a></aside>
<h2 class="ArticleBody_h2__V1aXr">${tH2}</h2>
${ps(tTests)}
<div class="MembersPromo_box__Jd2Kq"><p class="MembersPromo_title__1rGtP">Get expert advice before you buy</p><p>Join Consumer Voice to unlock
all our test results and Best Buys.</p><a href="/join" class="Button_primary__yC3L1">Try it for £5</a></div>
<h2 class="ArticleBody_h2__V1aXr">${tH3}</h2>
<ol class="ArticleBody_list__y6Fd0">${tDo.map((l) => `<li>${l.replace('&', '&amp;')}</li>`).join('\n')}</ol>
<aside class="InlinePromo_promo__C8kLw"><a href="/news/toy-safety-marketplaces">${tPromo2}</a></aside>
<h2 class="ArticleBody_h2__V1aXr">${tH4}</h2>
${ps(tStatement)}
</div>
<div class="AuthorCard_card__Vb7eX"><p class="AuthorCard_name__2kS0d">Lauren Okoye</p><p class="AuthorCard_bio__q7yHn">${tBio}</p></div></article>
<section class="MoreOnThis_section__oP3Fq"><h2>More on this</h2><ul>${links(tMore, 'MoreOnThis_card__h8Kx1')}</ul></section>
<section class="Newsletter_newsletter__Rt5Wn"><h2>Sign up to our free newsletter</h2><p>Get the latest product safety warnings and recalls sent to your
inbox.</p><form><input type="email" aria-label="Email address"><button type="submit">Sign up</button></form></section></main>
<footer class="Footer_footer__Lp3Mz"><ul>${links(tFoot, 'Footer_item__0sQ2z')}</ul><p>Consumer Voice is a registered charity in England and Wales.
© 2026 Consumer Voice</p></footer></div>
<div role="dialog" aria-label="Cookie consent" class="ConsentBanner_banner__wQ9zA"><p>${tConsent}</p><button>Accept all cookies</button>
<button>Manage cookies</button></div></div>
<script id="__NEXT_DATA__" type="application/json">${nd}</script>
<script src="/_next/static/chunks/pages/news/%5Bslug%5D-3a1f.js" defer=""></script></body></html>`;
export const toyRecall: TestPage = {
  name: 'heldout411-nextjs-consumer-group-toy-recall',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2, tH3, tH4],
  body: texts([tStandfirst, ...tIntro, ...tAffected, ...tList, ...tTests, ...tDo.map((d) => d.replace('&', '&amp;')), ...tStatement]),
  bylines: ['Lauren Okoye', '9 Mar 2026', 'Updated 10 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Consumer Voice', ...tNav, 'Sign in', 'Join', 'Product safety', 'Share this article', 'Facebook', 'Copy link',
    'The Brightblock set failed our seam strength tests', tPromo1, tPromo2, 'Get expert advice before you buy',
    'Join Consumer Voice to unlock all our test results and Best Buys.', 'Try it for £5', tBio, 'More on this', ...tMore,
    'Sign up to our free newsletter', 'Get the latest product safety warnings and recalls sent to your inbox.', 'Sign up',
    'Consumer Voice is a registered charity in England and Wales.', '© 2026 Consumer Voice', tConsent, 'Accept all cookies', 'Manage cookies',
  ],
};
