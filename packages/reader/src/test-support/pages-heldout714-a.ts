import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout714-kit.js';

/**
 * Held-out batch 714, file a: a family lifestyle story on a broadsheet site built like the Daily Telegraph's (section nav,
 * standfirst, byline with role, gift and comment buttons, body split into `article-body-text` components with an image, an
 * in-body ad, a "Read more" link and a newsletter promo, "Related Topics" tags, comments intro, "More stories"), and a toddler
 * sleep story on a parenting site run on WordPress VIP in the style of Romper (kicker, dek, medical reviewer, block-editor
 * content with lists, an inline related link, ad slots, a sources box, "Up Next" rail and newsletter box).
 */
const tTitle = '‘We sold the house by the sea’: the grandparents uprooting their lives to help with childcare';
const tStand = j(
  'With nursery fees at record highs, a growing number of retirees are moving hundreds of miles to be near their families.',
  'But does it always work out?',
);
const tIntro = [
  j(
    'When Maureen and Geoff Talbot put their four-bedroom house in Saltcombe Bay on the market last spring, their friends assumed',
    'they were downsizing. In a sense they were. But the couple, both 67, were not moving to a bungalow down the road. They were',
    'moving 230 miles north, to a two-bedroom terrace in Brackenfield, a ten-minute walk from their daughter’s front door.',
  ),
  j(
    '“Our granddaughter was about to start nursery three days a week, and the fees were going to be more than our daughter’s',
    'mortgage,” says Maureen. “We sat at the kitchen table and did the sums. It was either her going part-time or us going north.',
    'Geoff made the decision before I had finished my tea.”',
  ),
  j(
    'The Talbots are part of a quiet migration. According to a survey of 2,000 grandparents published this month by the Family',
    'Care Institute, one in nine grandparents who live more than an hour from their grandchildren has moved, or is planning to',
    'move, closer to help with childcare. Among those under 70, the figure rises to almost one in six.',
  ),
  j(
    'The institute’s director, Dr Priya Anand, says the trend is driven by money as much as by love. “Full-time nursery for a',
    'child under two now costs more than £15,000 a year in much of the country,” she says. “For a lot of young families, a',
    'grandparent who can do two days a week is worth more than a pay rise.”',
  ),
];
const tH1 = 'A second career, unpaid';
const tMid = [
  j(
    'For many, the move amounts to a second job. Grandparents in the survey who had relocated spent an average of 19 hours a week',
    'looking after grandchildren, compared with seven hours for those who had stayed put. Almost a third said they had given up',
    'paid work, a hobby or a volunteering role to do it.',
  ),
  j(
    'Tony Bellamy, 71, moved from the Penwith coast to the edge of Milbury two years ago, and now does the school run four',
    'mornings a week for his grandsons, aged six and eight. “I was a headteacher for 30 years, so I thought I knew what I was',
    'letting myself in for,” he says. “I did not. The school gate is far more political than any staff room.”',
  ),
  j(
    'He is happy with the decision, but admits he misses the sea, and his friends. “You are starting again at an age when most',
    'people are winding down. The grandchildren are wonderful, but they are not company in the evenings. I joined a walking group',
    'and a choir in the first month, on purpose, because I knew I would sit at home otherwise.”',
  ),
];
const tH2 = 'When it goes wrong';
const tLate = [
  j(
    'Family therapists say the arrangement can strain relationships that worked perfectly well at a distance. “The most common',
    'problem I see is that nobody talked about the rules beforehand,” says Helen Marsh, a family therapist in Kingsworth. “Who',
    'decides about screen time, sweets and bedtimes? What happens if the parents move for work? I have met grandparents who sold',
    'their home and then found out their son was being posted abroad.”',
  ),
  'She recommends that families agree a few things before anyone calls an estate agent:',
];
const tList = [
  'How many days of care a week are expected, and for how long',
  'Whether the grandparents will be paid, or have their costs covered',
  'Who has the final say on routines, food and discipline',
  'What happens if the grandparents’ health changes, or the family moves',
];
const tEnd = [
  j('The Talbots did most of that, Maureen says, though not all. “We agreed the days and the money. We did not agree on biscuits,', 'and we still have not.”'),
  j(
    'A year on, they have no regrets. Their granddaughter, now three, calls their house “the other home”. Geoff has an allotment.',
    'And last month their daughter announced she was expecting again. “So that’s us for another five years,” Maureen says,',
    'laughing. “At least.”',
  ),
];
const tNav = ['News', 'Sport', 'Money', 'Business', 'Opinion', 'Travel', 'Health', 'Lifestyle', 'Culture', 'Puzzles', 'Podcasts'];
const tSub = ['Family', 'Fashion', 'Food', 'Gardening', 'Women', 'Men', 'Property'];
const tTags = ['Family', 'Grandparents', 'Childcare', 'Retirement'];
const tMore = [
  'The unspoken rules of being a good house guest at your grown-up child’s home',
  'I paid for my son’s wedding. Now I am not invited to Christmas',
  'Why the Saturday-morning swimming lesson has become a battleground',
  'Ten family walks with a proper pub at the end',
];
const tFoot = [
  'Help Centre',
  'About us',
  'Sentinel Extra',
  'Reader Prints',
  'Syndication and Commissioning',
  'Guidelines',
  'Privacy',
  'Terms and Conditions',
  'Advertising terms',
  'Newsletters',
  'Privacy settings',
];
const tBody = (paras: readonly string[]): string =>
  `<div class="article-body-text component version-2"><div class="component-content">\n${ps(paras)}\n</div></div>`;
const tHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js" data-section="lifestyle/family"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>The grandparents uprooting their lives to help with childcare</title>
<meta name="description" content="${tStand}"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.sentinel.co.uk/family/life/grandparents-moving-closer-childcare-costs/">
<meta property="og:type" content="article"><meta property="og:site_name" content="The Sentinel"><meta property="og:title" content="${tTitle}">
<meta property="og:image" content="https://www.sentinel.co.uk/content/dam/family/2027/03/02/TELEMMGLPICT-talbots.jpg">
<meta name="twitter:card" content="summary_large_image"><meta name="tmgads.channel" content="family">
<meta property="article:published_time" content="2027-03-03T06:00:00Z"><meta property="article:section" content="Family">
<link rel="stylesheet" href="https://www.sentinel.co.uk/etc.clientlibs/sentinel/clientlibs/article.min.8c1f0a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tTitle}","datePublished":"2027-03-03T06:00:00Z",
"isAccessibleForFree":"False","author":[{"@type":"Person","name":"Harriet Pengelly"}],"publisher":{"@type":"NewsMediaOrganization","name":"The Sentinel"},
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".articleBodyText"}}</script>
<script>window.sentinelData = {"page":{"channel":"family","premium":true,"wordCount":842,"authors":["Harriet Pengelly"]},
"ads":{"site":"sentinel.lifestyle","zone":"family/life","pos":["top","mpu1","mpu2"]}};</script>
<script async src="https://www.sentinel.co.uk/etc.clientlibs/sentinel/clientlibs/article.min.2b7e44.js"></script></head>
<body class="tpl-article tpl-article--premium">
<a class="skip-link u-visually-hidden" href="#main-content">Skip to main content</a>
<header class="site-header" role="banner"><div class="site-header__top"><a class="site-header__logo" href="/"><svg role="img"
aria-labelledby="logo-title"><title id="logo-title">The Sentinel logo</title></svg></a>
<div class="site-header__account"><a class="e-button e-button--subscribe" href="/customer/subscribe/">Subscribe now</a>
<a class="e-button e-button--login" href="/customer/secure/login/">Log in</a></div></div>
<nav class="site-nav" aria-label="Main navigation"><ul class="site-nav__list">${links(tNav, 'site-nav__item')}</ul></nav>
<nav class="site-subnav" aria-label="Lifestyle"><ul class="site-subnav__list">${links(tSub, 'site-subnav__item')}</ul></nav></header>
<div class="ad-container ad-container--top"><span class="ad-container__label">Advertisement</span><div id="ad-top" class="tmg-ad"></div></div>
<main id="main-content" class="site-main"><article class="article article--premium" itemscope itemtype="https://schema.org/NewsArticle">
<div class="article-header"><ol class="breadcrumbs"><li class="breadcrumbs__item"><a href="/lifestyle/">Lifestyle</a></li>
<li class="breadcrumbs__item"><a href="/family/">Family</a></li></ol>
<span class="e-premium-badge"><span class="u-visually-hidden">Premium</span></span>
<h1 class="e-headline u-heading-1" itemprop="headline name">${tTitle}</h1>
<p class="e-standfirst u-heading-6" itemprop="description">${tStand}</p>
<div class="e-byline"><div class="e-byline__authors"><span class="e-byline__author">By <a class="e-byline__link" href="/authors/h/hk-ho/harriet-pengelly/"
itemprop="author">Harriet Pengelly</a></span>, <span class="e-byline__role">Family Editor</span></div>
<div class="e-byline__date"><time class="e-published-date" datetime="2027-03-03T06:00:00Z" itemprop="datePublished">3 March 2027 6:00am GMT</time></div></div>
<div class="article-toolbar"><button class="e-gift-button" type="button">Gift this article free</button>
<button class="e-save-button" type="button"><span class="e-save-button__label">Save</span></button>
<a class="e-comment-count" href="#comments"><span class="u-visually-hidden">Comment speech bubble icon</span> 112</a>
<div class="e-share"><span class="e-share__label">Share</span><a class="e-share__link" href="https://www.facebook.com/sharer.php?u=x"><span
class="u-visually-hidden">Share on Facebook</span></a><a class="e-share__link" href="https://twitter.com/intent/tweet?url=x"><span
class="u-visually-hidden">Share on X</span></a><a class="e-share__link" href="mailto:?subject=x"><span class="u-visually-hidden">Share by email</span></a></div>
</div></div>
<figure class="article-main-image"><picture><img src="https://www.sentinel.co.uk/content/dam/family/2027/03/02/TELEMMGLPICT-talbots.jpg?imwidth=680"
alt="Maureen and Geoff Talbot in their garden"></picture><figcaption class="e-image__caption"><span class="e-image__caption-text">Maureen and Geoff Talbot
with their granddaughter, Elsie, outside their new home in Brackenfield</span> <span class="e-image__credit">Credit: Sam Okafor for The Sentinel</span>
</figcaption></figure>
<div class="articleBodyText section" itemprop="articleBody">
${tBody(tIntro.slice(0, 2))}
<aside class="article-related-link"><span class="article-related-link__label">Read more</span> <a href="/family/life/grandparents-childcare-worth/">How much
is grandparent childcare really worth to a family?</a></aside>
${tBody(tIntro.slice(2))}
<div class="ad-container ad-container--mpu1"><span class="ad-container__label">Advertisement</span><div id="ad-mpu1" class="tmg-ad"></div></div>
<div class="article-body-text component version-2"><div class="component-content"><h2 class="e-sub-heading">${tH1}</h2></div></div>
${tBody(tMid)}
<div class="newsletter-promo component"><p class="newsletter-promo__title">Family Matters</p><p class="newsletter-promo__text">Our free weekly newsletter
for parents and grandparents, with advice, stories and the best things to do together.</p><a class="newsletter-promo__button"
href="/newsletters/family-matters/">Sign up</a></div>
<div class="article-body-text component version-2"><div class="component-content"><h2 class="e-sub-heading">${tH2}</h2></div></div>
${tBody(tLate)}
<div class="article-body-text component version-2"><div class="component-content"><ul>${lis(tList)}</ul></div></div>
${tBody(tEnd)}
</div>
<div class="article-tags"><h3 class="article-tags__title">Related Topics</h3><ul class="article-tags__list">${links(tTags, 'article-tags__item')}</ul></div>
<section class="article-comments" id="comments"><h3 class="article-comments__title">Join the conversation</h3>
<p class="article-comments__policy">The Sentinel values your comments but kindly requests all posts are on topic, constructive and respectful. Please
review our <a href="/comments-policy/">commenting policy</a>.</p><button class="e-button article-comments__show" type="button">Show comments</button></section>
</article>
<section class="more-stories"><h2 class="more-stories__title">More stories</h2>
<ul class="more-stories__list">${links(tMore, 'more-stories__item')}</ul></section>
</main>
<div class="ad-container ad-container--bottom"><span class="ad-container__label">Advertisement</span><div id="ad-bottom" class="tmg-ad"></div></div>
<footer class="site-footer"><a class="site-footer__top" href="#main-content">Back to top</a><p class="site-footer__follow">Follow us on:</p>
<ul class="site-footer__links">${links(tFoot, 'site-footer__item')}</ul>
<p class="site-footer__copyright">© Sentinel Media Group Limited 2027</p></footer>
<script>window.sentinelData.piano = {"aid":"sntl","contentType":"premium","section":"family"};</script></body></html>`;
const telegraph: TestPage = gold({
  name: 'heldout714-telegraph-grandparents',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2],
  body: texts([tStand, ...tIntro, ...tMid, ...tLate, ...tList, ...tEnd]),
  bylines: ['By Harriet Pengelly', 'Family Editor', '3 March 2027 6:00am GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The Sentinel logo', 'Subscribe now', 'Log in', ...tNav, ...tSub, 'Advertisement', 'Premium', 'Gift this article free',
    'Save', 'Comment speech bubble icon', '112', 'Share', 'Share on Facebook', 'Share on X', 'Share by email',
    'Maureen and Geoff Talbot with their granddaughter, Elsie, outside their new home in Brackenfield', 'Credit: Sam Okafor for The Sentinel',
    'Read more', 'How much is grandparent childcare really worth to a family?', 'Family Matters',
    'Our free weekly newsletter for parents and grandparents, with advice, stories and the best things to do together.', 'Sign up',
    'Related Topics', ...tTags, 'Join the conversation',
    'The Sentinel values your comments but kindly requests all posts are on topic, constructive and respectful. Please review our commenting policy.',
    'Show comments', 'More stories', ...tMore, 'Back to top', 'Follow us on:', ...tFoot, '© Sentinel Media Group Limited 2027',
  ],
});

const rTitle = 'The 18-Month Sleep Regression Is Real. Here’s How To Get Through It';
const rDek = 'Your good sleeper suddenly fights bedtime and wakes at 2 a.m. Experts explain what’s going on, and what actually helps.';
const rIntro = [
  j(
    'For the first year and a half of her son’s life, Dana Whitcombe thought she had gotten lucky. Theo went down at 7, slept until',
    '6, and napped like a champion. Then, a week after his 18-month checkup, he started screaming the moment she turned toward the',
    'crib. “It was like someone swapped my kid,” says Whitcombe, who lives in Larkspur Falls. “Every night was a two-hour negotiation.”',
  ),
  j(
    'If that sounds familiar, you are not imagining it. The so-called 18-month sleep regression is one of the most talked-about',
    'stages in toddler sleep, and while it isn’t a medical diagnosis, pediatricians say the pattern is common and, crucially,',
    'temporary.',
  ),
];
const rSecs: [string, string[], string[]][] = [
  [
    'What is the 18-month sleep regression?',
    [
      j(
        '“A sleep regression is really just a period when a child who was sleeping well starts to sleep worse, usually for a few',
        'weeks,” says Dr. Lena Okonkwo, a pediatrician at Ridgeview Children’s Clinic. “At 18 months there’s a lot going on at once:',
        'new molars, a burst in language, and a toddler who has just figured out that she’s a separate person with opinions.”',
      ),
      j(
        'That last part matters more than parents might expect. Around this age, toddlers are testing their independence during the',
        'day, and bedtime is one of the few places where they can reliably say no.',
      ),
    ],
    [],
  ],
  [
    'Signs your toddler is going through it',
    ['According to Okonkwo and pediatric sleep consultant Marisol Hart, the most common signs include:'],
    [
      'Fighting bedtime or naps, even when clearly tired',
      'Waking in the night and calling out or crying for long stretches',
      'Early rising, often before 5:30 a.m.',
      'Clinginess and separation anxiety at drop-off or bedtime',
      'Shorter or skipped naps',
    ],
  ],
  [
    'How long does it last?',
    [
      j(
        'Most families see things settle within two to six weeks, Hart says. “The regression itself usually passes quickly. What lasts',
        'is any new habit that started during it, like a parent lying on the floor until the child falls asleep. That’s not wrong, but',
        'it’s worth deciding on purpose whether you want to keep doing it.”',
      ),
    ],
    [],
  ],
  [
    'What actually helps',
    [
      j(
        'Both experts stressed that there is no trick that makes the regression disappear overnight. But a few things can make it',
        'shorter and less miserable:',
      ),
    ],
    [
      '<strong>Keep the routine boring and predictable.</strong> Bath, book, song, bed, in the same order every night.',
      j(
        '<strong>Offer small choices.</strong> Letting your toddler pick between two pairs of pajamas or two books gives her some control',
        'without opening a debate.',
      ),
      j(
        '<strong>Don’t drop the nap too soon.</strong> Most 18-month-olds still need one nap of one and a half to three hours. Cutting',
        'it often makes nights worse.',
      ),
      j('<strong>Check the molars.</strong> If your toddler is chewing everything and drooling, ask your pediatrician about pain relief', 'before bed.'),
    ],
  ],
  [
    'When to call your pediatrician',
    [
      j(
        'Call your child’s doctor if the sleep problems last longer than six weeks, if your toddler snores loudly or seems to stop',
        'breathing during sleep, or if the night waking comes with a fever, ear pulling or other signs of illness. And if you’re',
        'running on empty, Okonkwo says, say so. “Parents’ sleep counts too.”',
      ),
    ],
    [],
  ],
];
const rAfterList = j(
  'Whitcombe says the choices trick was the one that worked for Theo. “He picked the dinosaur pajamas every single night for a',
  'month,” she says. “But he went to bed.”',
);
const rNav = ['Pregnancy', 'Baby', 'Toddler', 'Kids', 'Life', 'Shopping', 'Newsletter'];
const rSources = [
  'Dr. Lena Okonkwo, MD, pediatrician at Ridgeview Children’s Clinic',
  'Marisol Hart, certified pediatric sleep consultant and founder of Little Owl Sleep',
];
const rStudies = ['Pardo, A., Whitfield, J. (2024). Sleep disruption in the second year of life: a cohort study. Journal of Pediatric Sleep Research.'];
const rNext = [
  'Is It Time To Drop The Nap? Here’s How To Tell',
  'Why Your Toddler Says “No” To Everything, According To Experts',
  'The Best White Noise Machines For Toddlers, Tested By Tired Parents',
];
const rFoot = ['About', 'Contact', 'Advertise', 'Editorial Standards', 'Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My Personal Information'];
const rAd = (slot: string): string =>
  `<div class="hatchling-ad hatchling-ad--incontent" data-ad-slot="${slot}"><span class="hatchling-ad__label">Advertisement</span></div>`;
const rSec = ([h, paras, items]: [string, string[], string[]], i: number): string =>
  `<h2 class="wp-block-heading" id="h-${i}">${h}</h2>\n${ps(paras)}${items.length > 0 ? `\n<ul class="wp-block-list">${lis(items)}</ul>` : ''}${
    i === 3 ? `\n<p>${rAfterList}</p>` : ''
  }${
    i === 1
      ? `\n<div class="wp-block-hatchling-related-link related-link"><span class="related-link__label">Related:</span> <a
href="https://www.hatchling.com/toddler/drop-the-nap-signs">${at(rNext, 0)}</a></div>`
      : ''
  }${i === 2 ? `\n${rAd('incontent_2')}` : ''}`;
const rHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>18-Month Sleep Regression: Signs, How Long It Lasts &amp; What Helps | Hatchling</title>
<meta name="description" content="${rDek}"><link rel="canonical" href="https://www.hatchling.com/toddler/18-month-sleep-regression">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="${rTitle}">
<meta property="og:site_name" content="Hatchling"><meta property="article:published_time" content="2027-02-28T13:00:00+00:00">
<meta property="article:modified_time" content="2027-03-05T16:42:10+00:00"><meta name="parsely-title" content="${rTitle}">
<meta name="parsely-section" content="Toddler"><meta name="parsely-author" content="Jessamy Ortiz">
<link rel='stylesheet' id='wp-block-library-css' href='https://www.hatchling.com/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all'>
<link rel='stylesheet' id='hatchling-main-css' href='https://www.hatchling.com/wp-content/themes/hatchling-2025/build/css/main.css?ver=4.12.0' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${rTitle}",
"datePublished":"2027-02-28T13:00:00+00:00","dateModified":"2027-03-05T16:42:10+00:00","author":{"@type":"Person","name":"Jessamy Ortiz"},
"reviewedBy":{"@type":"Person","name":"Carlos Ibarra"},"publisher":{"@type":"Organization","name":"Hatchling"}}]}</script>
<script id="hatchling-ads-js-extra">var hatchlingAds = {"slots":["leaderboard","incontent_1","incontent_2","rail"],
"kv":{"cat":"toddler","pid":"48113"}};</script>
<script src="https://www.hatchling.com/wp-content/mu-plugins/vip-helpers/vip-analytics.js?ver=1.0" id="vip-analytics-js"></script></head>
<body class="post-template-default single single-post postid-48113 single-format-standard wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-header__inner"><a class="site-header__logo custom-logo-link" href="https://www.hatchling.com/"
rel="home"><span class="screen-reader-text">Hatchling</span></a>
<nav id="site-navigation" class="main-navigation" aria-label="Primary">
<ul id="primary-menu" class="menu">${links(rNav, 'menu-item menu-item-type-taxonomy')}</ul>
</nav><button class="site-header__search" type="button"><span class="screen-reader-text">Search</span></button></div></header>
<div class="hatchling-ad hatchling-ad--leaderboard" data-ad-slot="leaderboard"><span class="hatchling-ad__label">Advertisement</span></div>
<main id="primary" class="site-main"><article id="post-48113" class="post-48113 post type-post status-publish format-standard has-post-thumbnail hentry
category-toddler tag-sleep tag-toddler-sleep">
<header class="article-header"><div class="article-header__kicker"><a href="https://www.hatchling.com/toddler">Toddler</a></div>
<h1 class="article-header__title entry-title">${rTitle}</h1>
<p class="article-header__dek">${rDek}</p>
<div class="article-header__meta"><div class="article-header__byline">By <a href="https://www.hatchling.com/author/jessamy-ortiz" rel="author">Jessamy
Ortiz</a></div>
<div class="article-header__reviewer"><span class="article-header__reviewer-label">Medically reviewed by</span> <a
href="https://www.hatchling.com/reviewer/carlos-ibarra">Dr. Carlos Ibarra, MD</a></div>
<div class="article-header__dates"><time class="updated" datetime="2027-03-05T16:42:10+00:00">Updated: March 5, 2027</time>
<time class="entry-date published" datetime="2027-02-28T13:00:00+00:00">Originally Published: Feb. 28, 2027</time></div></div>
<div class="article-header__share share-bar"><a class="share-bar__link share-bar__link--facebook" href="https://www.facebook.com/sharer/sharer.php?u=x"><span
class="screen-reader-text">Share on Facebook</span></a><a class="share-bar__link share-bar__link--pinterest"
href="https://pinterest.com/pin/create/button/?url=x"><span class="screen-reader-text">Share on Pinterest</span></a><button class="share-bar__link
share-bar__link--copy" type="button"><span class="screen-reader-text">Copy link</span></button></div>
<figure class="wp-block-image size-full article-header__image"><img fetchpriority="high" width="1600" height="1067"
src="https://www.hatchling.com/wp-content/uploads/2027/02/toddler-bedtime-crying.jpg" alt="A toddler in pajamas crying in a crib" class="wp-image-48120">
<figcaption class="wp-element-caption">Many toddlers start fighting bedtime around 18 months. <span class="photo-credit">Brightwell
Images/Stockpond</span></figcaption></figure></header>
<div class="article-content entry-content">
${ps(rIntro)}
<div class="hatchling-ad hatchling-ad--incontent" data-ad-slot="incontent_1"><span class="hatchling-ad__label">Advertisement</span></div>
${rSecs.map(rSec).join('\n')}
<div class="wp-block-group article-sources"><div class="wp-block-group__inner-container"><p class="article-sources__title"><strong>Sources
interviewed:</strong></p><ul class="wp-block-list">${lis(rSources)}</ul>
<p class="article-sources__title"><strong>Studies cited:</strong></p><ul class="wp-block-list">${lis(rStudies)}</ul></div></div>
</div></article>
<aside class="up-next"><h2 class="up-next__title">Up Next</h2><ul class="up-next__list">${links(rNext, 'up-next__item')}</ul></aside>
<section class="newsletter-box"><h2 class="newsletter-box__title">Get Hatchling in your inbox</h2><p class="newsletter-box__text">Real talk about
pregnancy, babies and little kids, twice a week.</p><form class="newsletter-box__form"><label class="screen-reader-text" for="nl-email">Email
address</label><input id="nl-email" type="email" placeholder="Your email"><button type="submit">Subscribe</button></form></section>
</main>
<footer id="colophon" class="site-footer"><ul class="site-footer__menu">${links(rFoot, 'menu-item')}</ul>
<p class="site-footer__copyright">© 2027 Hatchling Media, Inc. All rights reserved.</p>
<p class="site-footer__vip">Powered by WordPress VIP</p></footer>
<script id="wp-parsely-tracker-js" src="https://cdn.parsely.com/keys/hatchling.com/p.js" async></script></body></html>`;
const vip: TestPage = gold({
  name: 'heldout714-wpvip-sleep-regression',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: rSecs.map(([h]) => h),
  body: texts([rDek, ...rIntro, ...rSecs.flatMap(([, p, l], i) => (i === 3 ? [...p, ...l, rAfterList] : [...p, ...l]))]),
  bylines: ['By Jessamy Ortiz', 'Medically reviewed by', 'Dr. Carlos Ibarra, MD', 'Updated: March 5, 2027', 'Originally Published: Feb. 28, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Hatchling', ...rNav, 'Search', 'Advertisement', 'Toddler', 'Share on Facebook', 'Share on Pinterest', 'Copy link',
    'Many toddlers start fighting bedtime around 18 months.', 'Brightwell Images/Stockpond', 'Related:', 'Sources interviewed:', ...rSources,
    'Studies cited:', ...rStudies, 'Up Next', ...rNext, 'Get Hatchling in your inbox', 'Real talk about pregnancy, babies and little kids, twice a week.',
    'Email address', 'Subscribe', ...rFoot, '© 2027 Hatchling Media, Inc. All rights reserved.', 'Powered by WordPress VIP',
  ],
});

export const HELDOUT714_A: readonly TestPage[] = [telegraph, vip];
