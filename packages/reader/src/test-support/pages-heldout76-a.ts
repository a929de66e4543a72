import { links, type TestPage, texts } from './page-kit.js';
import { recipePage } from './pages-heldout76-a2.js';

/**
 * Held-out batch 76, file a: a Wirecutter-style product review on a newspaper's recommendation site (masthead with
 * "Sign In" and "Subscribe", the section nav, breadcrumbs, the "We independently review" commission notice above the
 * byline, "Updated" date, the share and save buttons, the "Everything we recommend" pick list, product callouts with
 * labels, prices and retailer buttons, a figure with a caption and credit, the "Meet your guide" author box, "Further
 * reading" cards, the newsletter box, the footer and the consent banner) and, from file a2, a recipe page on a big food
 * site's Dotdash Meredith style template.
 */
const wcTitle = 'The Best Rice Cooker';
const wcDek = 'After cooking 190 pounds of rice over three months, we think the Korvell MC-10 is the rice cooker for most people.';
const wcIntro = [
  'A good rice cooker takes the guesswork out of one of the most common foods in the world. You rinse the grains, add water to ' +
    'the line, press a button, and walk away. Forty minutes later you have rice that is tender all the way through, never scorched ' +
    'on the bottom and still warm hours after dinner has started.',
  'We tested 14 models, from a $25 single-switch pot to a $400 pressure induction machine, and the <a href="#our-pick">Korvell ' +
    'MC-10</a> is the one we would buy with our own money. It makes excellent white and brown rice, its keep-warm setting holds rice ' +
    'for a full working day without drying it out, and its inner pot is easy to clean.',
];
const wcTrust = [
  'I have written about kitchen gear for eight years, and before that I worked the line at two restaurants in Providence where the ' +
    'rice cooker ran from the first prep shift until close. For this guide I spoke with a cookbook author who specializes in Korean ' +
    'home cooking, a product engineer who has designed rice cookers for a small appliance company, and the owner of a sushi counter ' +
    'who has used the same cooker every day since 2016.',
  'We also read hundreds of owner reviews and kept two of our picks in daily use in staff kitchens for more than a year.',
];
const wcWho = [
  'If you eat rice more than twice a week, a dedicated cooker will save you time and give you better results than a pot on the ' +
    'stove. It frees up a burner, it does not need watching, and the keep-warm function means that rice made at six is still good ' +
    'at eight.',
  'If you cook rice only occasionally, a heavy saucepan with a tight lid does the job, and you may not want another appliance on ' + 'the counter.',
];
const wcHowPicked = ['We looked for cookers that do the following:'];
const wcCriteria = [
  'Cook white rice evenly, with no hard center and no crust on the bottom.',
  'Handle brown rice, which needs longer soaking and cooking, without turning it mushy.',
  'Keep rice warm for at least eight hours without drying or yellowing it.',
  'Have a removable pot with clear water lines that is easy to wash by hand.',
];
const wcTested = [
  'We cooked the same batch of medium-grain white rice, long-grain jasmine rice and short-grain brown rice in every model, three ' +
    'cups at a time, and tasted each batch side by side. We measured how long each cooker took and checked the bottom of the pot ' +
    'for browning. Then we left rice on keep-warm overnight and tasted it again the next morning.',
];
const wcPickHead = 'Our pick: Korvell MC-10';
const wcPickBlurb = 'Evenly cooked white and brown rice, a gentle keep-warm setting and a pot that cleans up in a minute.';
const wcPick = [
  'The Korvell MC-10 made the best white rice of any cooker under $200. Each grain was tender and separate, and there was no ' +
    'sticky layer on the bottom of the pot, even when we cooked the full five cups. Brown rice came out chewy and nutty rather ' +
    'than soft, which our testers preferred by a wide margin.',
  'Its keep-warm setting was the gentlest we tested. After ten hours the rice was still soft, where most other cookers left a dry ' +
    'crust along the sides. The control panel is simple: one button for the menu, one to start and one to cancel.',
];
const wcFlawsHead = 'Flaws but not dealbreakers';
const wcFlaws = [
  'The MC-10 is slower than simpler cookers. White rice takes about 50 minutes, because the cooker soaks the grains before it ' +
    'starts heating. The quick setting cuts that to 30 minutes, with slightly firmer results. The lid hinge also feels a little ' +
    'flimsy, though ours showed no wear after a year of daily use.',
];
const wcBudgetHead = 'Budget pick: Paxwell Duo 6';
const wcBudgetBlurb = 'A basic on-off cooker that makes good white rice for a fraction of the price.';
const wcBudget = [
  'If you mostly cook white rice and want to spend less, the Paxwell Duo 6 is the best simple cooker we found. It has one switch ' +
    'and no timer, and its rice was a step behind our pick in texture, but it cooked three cups in just 24 minutes. Skip it for brown ' +
    'rice, which came out wet every time.',
];
const wcCompetitionHead = 'The competition';
const wcCompetition = [
  'The Saitoh Induction Pro made rice as good as our pick’s, but it costs twice as much and its pot coating began to wear after ' + 'six months of testing.',
  'The Brightline Multi-Cook has a rice setting, but the rice stuck to the bottom in four of our six tests.',
];
const wcCommission = 'We independently review everything we recommend. When you buy through our links, we may earn a commission.';
const wcNav = ['Kitchen', 'Home & Garden', 'Sleep', 'Appliances', 'Health & Fitness', 'Electronics', 'Style', 'Baby & Kid', 'Travel', 'Gifts', 'Deals'];
const wcCrumbs = ['Kitchen', 'Appliances'];
const wcShare = ['Share this review', 'Facebook', 'X', 'Email', 'Save for later'];
const wcEverything = ['Everything we recommend', 'Our pick', 'Budget pick', 'Korvell MC-10', 'Paxwell Duo 6'];
const wcCaption = 'Our pick cooked every variety of rice we tried without scorching the bottom of the pot.';
const wcCredit = 'Photo: Dana Whitcombe';
const wcGuideBio =
  'Theo Lindqvist is a senior staff writer covering kitchen appliances and cookware. He previously worked as a line cook and once ' +
  'made risotto for 400 people in a single evening.';
const wcFurther = ['The Best Instant Pot and Other Electric Pressure Cookers', 'How to Keep Your Nonstick Pan Nonstick', 'The Best Kitchen Scale'];
const wcNews = ['The Testbench Newsletter', 'Get expert shopping advice delivered to your inbox.', 'Email Address', 'Sign Up'];
const wcFoot = ['About Us', 'Contact Us', 'How We Test', 'Deals', 'Careers', 'Terms of Service', 'Privacy Policy', 'Your Privacy Choices'];
const wcFootBlurb =
  'Testbench is the product recommendation service from The Morning Courier. Our journalists combine independent research with ' +
  '(occasionally) over-the-top testing so you can make quick and confident buying decisions.';
const wcConsent = 'We use cookies and similar technologies to recognize your repeat visits and preferences, and to measure our services.';
const wcPara = (a: readonly string[]): string => a.map((p) => `<p class="_1sBDe0gE">${p}</p>`).join('\n');
const wcSection = (id: string, h: string, inner: string): string =>
  `<section id="${id}" class="_3gXqNF2b"><h2 class="_2VPbhVvh" id="${id}-h">${h}</h2>\n${inner}\n</section>`;
const wcCallout = (label: string, name: string, blurb: string, price: string, shops: string[]): string => `<div class="product-callout _2uVHfjfg"
data-gtm-product-name="${name}" data-gtm-callout-type="${label}"><div class="_3C5Ahg0w"><span class="_1iJHTT9S">${label}</span>
<h3 class="_2UTMJk8n">${name}</h3></div><figure class="_3RuGf0nO"><img alt="${name}" src="https://cdn.testbench.example/images/${price}.jpg"
loading="lazy" width="400" height="300"></figure>
<p class="_3UuB9F9d">${blurb}</p><div class="_1wNBfeBQ">${shops
  .map((s) => `<a class="_3Y0eN95W button" rel="nofollow" data-gtm-trigger="product_link" href="https://shop.example/${price}">${s}</a>`)
  .join('\n')}</div>
<p class="_3A12bXL_">*At the time of publishing, the price was ${price}.</p></div>`;
const wcHowHtml = `${wcPara(wcHowPicked)}\n<ul>${wcCriteria.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n${wcPara(wcTested)}`;
const wcPickHtml = `${wcCallout('Our pick', 'Korvell MC-10', wcPickBlurb, '$149', ['$149 from Amazon', '$155 from Target'])}\n${wcPara(wcPick)}`;
const wcLdJson = `{"@context":"https://schema.org","@type":"Review","name":"${wcTitle}","author":{"@type":"Person","name":"Theo Lindqvist"},
"datePublished":"2023-04-18T09:00:00-04:00","dateModified":"2025-10-29T10:14:00-04:00","publisher":{"@type":"Organization","name":"Testbench"}}`;
const wcHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The 2 Best Rice Cookers of 2025 | Reviews by Testbench</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${wcDek}">
<meta property="og:title" content="The 2 Best Rice Cookers of 2025 | Reviews by Testbench"><meta property="og:type" content="article">
<meta property="article:published_time" content="2023-04-18T09:00:00-04:00"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.courier.example/testbench/reviews/best-rice-cooker/">
<link rel="stylesheet" href="/testbench/_next/static/css/8f2c41a7d0.css">
<script type="application/ld+json">${wcLdJson}</script>
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({"pageType":"review","section":"kitchen"});</script>
</head><body><div id="__next"><a class="_2xVzLrLA" href="#main">Skip to content</a>
<header class="_2v3JGz0e" data-gtm-element="header"><div class="_3QcEwXi5"><button class="_1vyd8ZUW" aria-label="Open menu">
<svg viewBox="0 0 24 24" aria-hidden="true"></svg></button>
<a class="_37ARcFv0" href="/testbench/" data-gtm-trigger="header_logo"><span class="visually-hidden">Testbench, a Morning Courier company</span>
<svg viewBox="0 0 180 24" aria-hidden="true"></svg></a><div class="_1Q3oC1d0"><button class="_3Lq7Wbp2" aria-label="Search">
<svg viewBox="0 0 24 24"></svg></button><a class="_2ORJWrOo" href="/testbench/login">Sign In</a>
<a class="_3m07Oz0f" href="/testbench/subscribe" data-gtm-trigger="header_subscribe">Subscribe</a></div></div>
<nav class="_1QVUzg8b" aria-label="Main"><ul class="_2tcJgOai">${links(wcNav, '_3mOMoHEE')}</ul></nav></header>
<main id="main" class="_3aFHpRvG"><article class="_2cIgbDd4" data-testid="article">
<nav aria-label="Breadcrumb" class="_17Yk58p_"><ol>${links(wcCrumbs, '_3IxNKqOU')}</ol></nav>
<header class="_1UUDd3vG"><h1 class="_1eJ3HEkN" data-testid="headline">${wcTitle}</h1><p class="_3a1ttKYF">${wcDek}</p>
<div class="_2Wy7uOyJ" data-gtm-element="affiliate_disclosure"><p>${wcCommission} <a href="/testbench/blog/about-testbench/">Learn more›</a></p></div>
<div class="_3J3DlEaW"><div class="_1Lq6jP5V"><img class="_2yUGkqtE" alt="" src="/testbench/authors/theo-lindqvist.jpg" width="40" height="40">
<p class="_1Ov_B1Yz">By <a href="/testbench/authors/theo-lindqvist/">Theo Lindqvist</a></p>
<p class="_2eLdqPAY">Updated <time datetime="2025-10-29">October 29, 2025</time></p></div>
<div class="_3uI6MBQZ" role="group" aria-label="${wcShare[0]}"><span class="visually-hidden">${wcShare[0]}</span>
${wcShare
  .slice(1)
  .map((s) => `<button class="_2XnP2cZU" type="button" data-gtm-trigger="share_${s.toLowerCase().replace(/ /g, '_')}"><span>${s}</span></button>`)
  .join('\n')}</div></div></header>
<figure class="_1fRfT8tL"><img alt="Three rice cookers on a counter with bowls of cooked rice." src="/testbench/images/rice-cookers-lead.jpg"
width="1200" height="800"><figcaption class="_1C_xV8Mg"><span>${wcCaption}</span> <span class="_3T6gQm4a">${wcCredit}</span></figcaption></figure>
<div class="_2jDW9XxQ" data-testid="article-body">
${wcPara(wcIntro)}
<aside class="_3Wv9mT0U" data-gtm-element="everything_we_recommend"><h2 class="_2oPh2rZo">${wcEverything[0]}</h2><ul>
<li><a href="#our-pick"><span class="_1t5q7e5U">${wcEverything[1]}</span> <span>${wcEverything[3]}</span></a></li>
<li><a href="#budget-pick"><span class="_1t5q7e5U">${wcEverything[2]}</span> <span>${wcEverything[4]}</span></a></li></ul></aside>
${wcSection('why-you-should-trust-us', 'Why you should trust us', wcPara(wcTrust))}
${wcSection('who-this-is-for', 'Who this is for', wcPara(wcWho))}
${wcSection('how-we-picked', 'How we picked and tested', wcHowHtml)}
${wcSection('our-pick', wcPickHead, wcPickHtml)}
<h3 class="_3pYBc3uB" id="flaws">${wcFlawsHead}</h3>
${wcPara(wcFlaws)}
${wcSection('budget-pick', wcBudgetHead, `${wcCallout('Budget pick', 'Paxwell Duo 6', wcBudgetBlurb, '$38', ['$38 from Walmart'])}\n${wcPara(wcBudget)}`)}
${wcSection('the-competition', wcCompetitionHead, wcPara(wcCompetition))}
</div>
<section class="_2EIYBSvf" data-gtm-element="meet_your_guide"><h2 class="_1v6J1Z3n">Meet your guide</h2>
<div class="_3aOA_cBZ"><img alt="" src="/testbench/authors/theo-lindqvist.jpg" width="80" height="80"><div><p class="_2sU3b7Ge">Theo Lindqvist</p>
<p class="_1J9bRZLQ">${wcGuideBio}</p></div></div></section>
<section class="_3NRRtD9E"><h2 class="_1v6J1Z3n">Further reading</h2><ul class="_1o2wV0pU">${links(wcFurther, '_30qvWzWt')}</ul></section>
</article>
<aside class="_1qMcpD9w" data-gtm-element="newsletter_signup"><h2>${wcNews[0]}</h2><p>${wcNews[1]}</p><form><label for="nl-email">${wcNews[2]}</label>
<input id="nl-email" type="email"><button type="submit">${wcNews[3]}</button></form></aside></main>
<footer class="_2GAbLB6W"><p class="_3vXTDiOA">${wcFootBlurb}</p><ul class="_1e3-yJAw">${links(wcFoot)}</ul>
<p class="_1L6eC2gp">© 2025 The Morning Courier Company</p></footer></div>
<div id="consent-banner" class="_2Nr7mEOu" role="dialog" aria-label="Cookie consent"><p>${wcConsent}</p>
<button type="button">Accept all</button><button type="button">Manage preferences</button></div>
<script src="/testbench/_next/static/chunks/main-4be7a1c2.js" defer></script></body></html>`;
const wirecutter: TestPage = {
  html: wcHtml,
  name: 'heldout76-wirecutter-review',
  kind: 'blog',
  // the dek is body; product callouts: the blurb is body, the product name (in the headings too) is in neither list, prices,
  // retailer buttons and the "*At the time of publishing" note are furniture; the callout labels and the pick list's "Our pick",
  // "Budget pick" and product names are words of the headings: left out; the author box (name, bio) is furniture
  title: wcTitle,
  headings: ['Why you should trust us', 'Who this is for', 'How we picked and tested', wcPickHead, wcFlawsHead, wcBudgetHead, wcCompetitionHead],
  body: [
    wcDek,
    ...texts(wcIntro),
    ...wcTrust,
    ...wcWho,
    ...wcHowPicked,
    ...wcCriteria,
    ...wcTested,
    wcPickBlurb,
    ...wcPick,
    ...wcFlaws,
    wcBudgetBlurb,
    ...wcBudget,
    ...wcCompetition,
  ],
  bylines: ['By Theo Lindqvist', 'Updated October 29, 2025', 'Theo Lindqvist'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Testbench, a Morning Courier company', 'Sign In', 'Subscribe', ...wcNav, wcCommission, 'Learn more›', ...wcShare,
    wcCaption, wcCredit, wcEverything[0]!, '$149 from Amazon', '$155 from Target', '$38 from Walmart',
    '*At the time of publishing, the price was $149.', '*At the time of publishing, the price was $38.', 'Meet your guide', wcGuideBio,
    'Further reading', ...wcFurther, ...wcNews, wcFootBlurb, ...wcFoot.filter((t) => t !== 'Deals'), '© 2025 The Morning Courier Company',
    wcConsent, 'Accept all', 'Manage preferences',
  ],
};

export const HELDOUT76_A: readonly TestPage[] = [wirecutter, recipePage];
