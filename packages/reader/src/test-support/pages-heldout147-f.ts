import { links, type TestPage, texts } from './page-kit.js';
import { newScientist } from './pages-heldout147-f2.js';
import { paras } from './pages-heldout147-kit.js';

/**
 * Held-out batch 147, file f: an MIT Technology Review AI news story on its WordPress templates (skip link, the header
 * with "Featured", "Topics", "Newsletters", "Events", "Audio", "Sign in" and "Subscribe", the topic label, headline, deck,
 * byline with the screen-reader "archive page", the date, share buttons, the lead art credit, "The Algorithm" newsletter
 * notice at the top of the text, h3 subheads, a "Related Story" card between paragraphs, the author box, "Deep Dive",
 * the "Stay connected" newsletter box with its hidden success and error texts, the hidden paywall notice and the footer)
 * and, from file f2, a New Scientist news article.
 */
const mtTitle = 'Hospital AI models are learning old billing mistakes from doctors’ notes';
const mtDek = 'An audit of three clinical-coding systems found they reproduce the same errors human coders made a decade ago.';
const mtNotice = 'This story originally appeared in The Algorithm, our weekly newsletter on AI. To get stories like this in your inbox first, sign up here.';
const mtP1 = paras(`
Hospitals across the US are turning to AI to do one of the most tedious jobs in medicine: reading doctors’ notes and turning them
into the billing codes that insurers use to decide what to pay. The pitch is that software can do in seconds what takes human coders
hours. But a new audit suggests the software may also be faithfully learning their mistakes.

Researchers at the Lakemont Health Policy Institute tested three commercial coding systems on 12,000 anonymized patient records from
2014 to 2016, a period for which the correct codes had already been painstakingly reviewed by an independent team. All three systems
reproduced errors that human coders had made at the time, in some cases at almost exactly the same rate.`);
const mtH1 = 'The same mistakes, at scale';
const mtP2 = paras(`
The most common problem was what coders call upcoding: recording a more serious, and more expensive, version of a condition than the
notes justify. In the original records, human coders upcoded about 6% of pneumonia cases. The AI systems did so in between 5% and 7%.
Other errors, such as missing a secondary diagnosis, showed up at similar rates.

“These models were trained on historical billing data, and historical billing data is full of mistakes,” says Anjali Brennan-Takeda,
the health economist who led the audit. “Nobody should be surprised that they learned them. But a lot of hospitals seem to assume the
software is somehow neutral.”

The difference, she says, is scale. A human coder who upcodes makes a handful of errors a day. A system processing every record in a
hospital network can make thousands, and because it does so consistently, the errors are harder to spot in audits that look for
unusual patterns.`);
const mtH2 = 'What vendors say';
const mtP3 = paras(`
Two of the three companies whose systems were tested declined to comment. The third, Codewell, said in a statement that its product is
designed to be used with human review and that customers are “strongly advised” to check codes before submitting claims. It added that
newer versions of its model are trained on audited data.

Experts say that is the crux of the problem. Training data that has been reviewed by independent auditors is expensive and scarce,
and most systems on the market were built from the records hospitals already had. Ravi Castellanos, who studies AI in health care at
Northbridge University, says regulators have so far treated coding software as a back-office tool rather than something that affects
patients. “But billing decides what care gets paid for,” he says. “It is not neutral.”

The authors are calling for hospitals to test any coding system against audited records before deploying it, and for insurers to share
data on errors they catch. Brennan-Takeda says she is not opposed to automation. “The goal should be software that is better than us,”
she says. “Right now, we’ve built software that is exactly as good as us, only faster.”`);
const mtNav = ['Featured', 'Topics', 'Newsletters', 'Events', 'Audio'];
const mtShare = ['Share story on linkedin', 'Share story on twitter', 'Share story on facebook', 'Share story on email'];
const mtCredit = 'STEPHANIE ARNETT/MIT TECHNOLOGY REVIEW | ENVATO';
const mtRelated = ['Related Story', 'Why AI can’t fix the paperwork crisis in medicine', 'Automating clinical notes sounded easy. It wasn’t.'];
const mtBio = 'Caitlin Oduya is a senior reporter covering AI in health care for MIT Technology Review.';
const mtDeep = [
  'Deep Dive',
  'Artificial intelligence',
  'The AI tools doctors actually use',
  'Inside the race to build a medical chatbot you can trust',
  'What happens when an AI system gets a diagnosis wrong',
];
const mtStay = [
  'Stay connected',
  'Illustration by Mara Tollefsen',
  'Get the latest updates from MIT Technology Review',
  'Discover special offers, top stories, upcoming events, and more.',
  'Enter your email',
  'Privacy Policy',
  'Thank you for submitting your email!',
  'Explore more newsletters',
  'It looks like something went wrong.',
  'We’re having trouble saving your preferences. Try refreshing this page and updating them one more time.',
];
const mtPaywall = ['You’ve read all your free stories.', 'Subscribe now for unlimited access to MIT Technology Review.'];
const mtFoot = [
  'About us',
  'Careers',
  'Custom content',
  'Advertise with us',
  'International Editions',
  'Republishing',
  'MIT Alumni News',
  'Help & FAQ',
  'My subscription',
  'Editorial guidelines',
  'Terms of Service',
  'Write for us',
  'Contact us',
];
const mtMission =
  'Our mission is to make technology a greater force for good by bringing about better-informed, more conscious decisions about technology ' +
  'through authoritative, influential, and trustworthy journalism.';
let html = 0;
const mtBlock = (inner: string): string =>
  `<div class="html_${html++}"><div class="gutenbergContent__content--109b03a769a11e8ae3acbab352a64269">${inner}</div></div>`;
const mtPs = (a: readonly string[]): string => mtBlock(a.map((p) => `<p>${p}</p>`).join('\n'));
const mtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hospital AI models are learning old billing mistakes from doctors’ notes | MIT Technology Review</title>
<meta name="description" content="${mtDek}"><meta property="og:site_name" content="MIT Technology Review"><meta property="og:type" content="article">
<meta property="og:title" content="${mtTitle}"><meta name="author" content="Caitlin Oduya"><meta name="parsely-section" content="Artificial intelligence">
<link rel="canonical" href="https://www.technologyreview.com/2025/03/14/1113012/hospital-ai-billing-codes-mistakes/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mtTitle}","description":"${mtDek}",
"datePublished":"2025-03-14T10:00:00-04:00","author":[{"@type":"Person","name":"Caitlin Oduya"}],"isAccessibleForFree":false,
"publisher":{"@type":"Organization","name":"MIT Technology Review"}}</script>
<script>window.__TR_STATE__ = {"post":{"id":1113012,"topic":"artificial-intelligence","meter":{"limit":3}}};</script>
<link rel="stylesheet" href="https://wp.technologyreview.com/wp-content/themes/mittr/dist/main.5a1e2b.css"></head>
<body class="post-template-default single single-post"><div id="___gatsby"><a class="skipLink__link--3f0Jd" href="#content">Skip to Content</a>
<header class="siteHeader__wrapper--2Qk4B"><div class="siteHeader__inner--1z3uQ"><a class="siteHeader__logo--3nWbY" href="/">
<span class="screen-reader-text">MIT Technology Review</span><svg aria-hidden="true"></svg></a>
<nav class="mainNav__wrapper--3r8Yq" aria-label="Main"><ul>${links(mtNav, 'mainNav__item--1cE7v')}</ul></nav>
<div class="siteHeader__actions--2d1eX"><a class="siteHeader__signin--1w0Lx" href="/account/">Sign in</a>
<a class="siteHeader__subscribe--2PPnr" href="/subscribe/">Subscribe</a></div></div></header>
<main id="content" class="contentArticle__wrapper--2Ts9F"><article><header class="contentArticleHeader__wrapper--1Hh3K">
<div class="contentArticleHeader__topic--3KwYf"><a href="/topic/artificial-intelligence/">Artificial intelligence</a></div>
<h1 class="contentArticleHeader__title--4ZOcq">${mtTitle}</h1>
<p class="contentArticleHeader__deck--2TrCy">${mtDek}</p>
<div class="contentArticleHeader__byline--1ZNyG"><div class="byline__wrapper--1m8n8">By <a class="byline__name--3BLO7" href="/author/caitlin-oduya/">Caitlin
Oduya<span class="screen-reader-text">archive page</span></a></div>
<div class="contentArticleHeader__publishDate--3dMzZ"><time datetime="2025-03-14">March 14, 2025</time></div></div>
<ul class="shareBar__list--2xNle">${mtShare
  .map((t) => `<li><a class="shareBar__link--1jkmQ" href="#share"><span class="screen-reader-text">${t}</span><svg aria-hidden="true"></svg></a></li>`)
  .join('\n')}</ul>
<figure class="contentArticleHeader__image--2ZHJ9"><img alt="" src="https://wp.technologyreview.com/wp-content/uploads/2025/03/billing-ai.jpg?w=1200">
<figcaption class="imageCredit__credit--3Wd9t">${mtCredit}</figcaption></figure></header>
<div class="contentBody__wrapper--1j9nN" id="content--body"><div class="contentBody__content--3lF0Q">
${mtBlock(`<p><em>${mtNotice.replace('sign up here', '<a href="/newsletter/the-algorithm/">sign up here</a>')}</em></p>`)}
${mtPs(mtP1)}
${mtBlock(`<h3>${mtH1}</h3>`)}
${mtPs(mtP2.slice(0, 2))}
<div class="relatedStory__wrapper--2MqRs"><p class="relatedStory__label--1W4e2">${mtRelated[0]}</p><a class="relatedStory__link--2Hc9h"
href="/2024/11/02/ai-paperwork-medicine/"><p class="relatedStory__title--3qK0a">${mtRelated[1]}</p></a>
<p class="relatedStory__deck--1SmCx">${mtRelated[2]}</p></div>
${mtPs(mtP2.slice(2))}
${mtBlock(`<h3>${mtH2}</h3>`)}
${mtPs(mtP3)}
</div></div>
<div class="authorBox__wrapper--1w3gE"><p class="authorBox__name--2hA5v">by <a href="/author/caitlin-oduya/">Caitlin Oduya<span
class="screen-reader-text">archive page</span></a></p><p class="authorBox__bio--1X2wZ">${mtBio}</p></div></article>
<section class="deepDive__wrapper--3sKjx"><h2 class="deepDive__title--2m8Jc">${mtDeep[0]}</h2><h3 class="deepDive__topic--1Z8tK">${mtDeep[1]}</h3>
<ul>${links(mtDeep.slice(2), 'deepDive__card--2kS6J')}</ul></section>
<section class="newsletterSignup__wrapper--1GkP9"><h2 class="newsletterSignup__title--3aZ1f">${mtStay[0]}</h2>
<p class="newsletterSignup__credit--1bT0e">${mtStay[1]}</p><h3>${mtStay[2]}</h3><p>${mtStay[3]}</p><form><label class="screen-reader-text"
for="nl-email">${mtStay[4]}</label><input id="nl-email" type="email"><button type="submit">Sign up</button></form>
<a href="/privacy/">${mtStay[5]}</a><div class="newsletterSignup__success--2mD7N" hidden><p>${mtStay[6]}</p><a href="/newsletters/">${mtStay[7]}</a></div>
<div class="newsletterSignup__error--3fV2e" hidden><p>${mtStay[8]}</p><p>${mtStay[9]}</p></div></section></main>
<div class="paywall__wrapper--1aQ8m" hidden aria-hidden="true"><p>${mtPaywall[0]}</p><p>${mtPaywall[1]}</p></div>
<footer class="siteFooter__wrapper--2v6Ds"><p class="siteFooter__mission--1hY4e">${mtMission}</p><ul>${links(mtFoot, 'siteFooter__item--3Gx2A')}</ul>
<p class="siteFooter__copyright--2dZ3x">© 2025 MIT Technology Review</p></footer></div>
<script src="https://wp.technologyreview.com/wp-content/themes/mittr/dist/app.8c2d4f.js" defer></script></body></html>`;
const techReview: TestPage = {
  html: mtHtml,
  name: 'heldout147-technologyreview-news',
  kind: 'news',
  // the deck is body; "The Algorithm" notice at the top of the text, the topic label, share labels, credit, the "Related
  // Story" card, author box, rails, newsletter box (with its hidden texts), paywall and footer are furniture
  title: mtTitle,
  headings: [mtH1, mtH2],
  body: [mtDek, ...texts(mtP1), ...texts(mtP2), ...texts(mtP3)],
  bylines: ['By Caitlin Oduya', 'Caitlin Oduya', 'March 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...mtNav, 'Sign in', 'Subscribe', 'archive page', ...mtShare, mtCredit, mtNotice, ...mtRelated, mtBio, ...mtDeep, ...mtStay, 'Sign up',
    ...mtPaywall, mtMission, ...mtFoot, '© 2025 MIT Technology Review',
  ],
};

export const HELDOUT147_F: readonly TestPage[] = [techReview, newScientist];
