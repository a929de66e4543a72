import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout323-kit.js';

/**
 * Held-out batch 323, file a: a court reporter's story on a regional news site built on the Reach-style template (masthead,
 * section nav, breadcrumbs, standfirst, author block with role and time info, in-article image with caption and credit,
 * "Read more" promos, newsletter sign-up, Viafoura-style comments, Most Read rail, tags, footer, consent banner) and a
 * prosecution service's press release on the GOV.UK publishing template (super navigation, breadcrumbs, metadata block,
 * govspeak body with notes to editors, related content, email sign-up, print link, footer, cookie banner).
 */
const rTitle = 'Man who raided three village post offices in a fortnight jailed for six years';
const rStand = paras(`Callum Redfern, 34, threatened staff with a claw hammer and fled with more than £11,000 in cash and scratchcards`);
const rBody1 = paras(`
A man who raided three village post offices in the space of a fortnight, threatening staff with a claw hammer, has been jailed for
six years.

Callum Redfern, 34, of Larchfield Road, Tynemere, targeted shops in Esholt Bridge, Corby Mill and Winnowby between 2 and 15 November
last year, Tynemere Crown Court heard on Thursday.

Prosecutor Aisling Treharne said Redfern wore a grey snood and a baseball cap during each raid and demanded that staff open the safe.
In total he took £11,240 in cash and around £900 worth of lottery scratchcards.

At the Corby Mill branch, the court heard, he smashed a glass counter screen with the hammer when the postmistress, a woman in her
sixties, told him the safe was on a time lock.`);
const rH1 = 'Caught by a doorbell camera';
const rBody2 = paras(`
Redfern was identified after a doorbell camera on a house opposite the Winnowby shop captured him removing his snood as he got into a
silver Vauxhall Astra. Officers traced the car to his partner and arrested him at his home two days later.

Inside the house they found the hammer, the snood and a shoebox holding £3,100 in used notes, still in post office cash bags.

Redfern pleaded guilty to three counts of robbery at an earlier hearing. He had 14 previous convictions, including a street robbery in
2015 for which he served three years.`);
const rQuote = paras(`
“I opened that shop every morning for twenty-two years and I never once felt frightened. Now I jump every time the door goes.”`);
const rBody3 = paras(`
The words were read to the court from a victim personal statement by the Corby Mill postmistress, who has since reduced her hours.

Mitigating, Owain Fairlie said his client had relapsed into heroin use after losing his job at a packaging plant and had run up a debt
with dealers who threatened his family. He had written a letter of apology to each of the three branches.`);
const rH2 = "'You chose the most vulnerable places'";
const rBody4 = paras(`
Sentencing, Recorder Judith Maplethorpe told Redfern the raids had been planned and that he had deliberately chosen small rural shops
staffed by one or two people.

“You chose the most vulnerable places you could find, where help was a long way off,” she said. “The fear you caused will outlast
any sentence I pass today.”

She gave him credit for his guilty pleas and passed a total of six years. Redfern will serve up to two thirds in custody before he is
released on licence.

After the hearing Detective Constable Rhys Palin of Tynemere Police said:`);
const rList = [
  'the three branches have since fitted new counter screens and panic alarms',
  'officers are still working to recover the remaining cash',
  'anyone with information about the scratchcards is asked to call 101',
];
const rBody5 = paras(`
A proceeds of crime hearing to recover the money will take place later this year.`);
const rNav = ['News', 'Tynemere News', 'Crime', 'Courts', 'Sport', 'Whats On', 'Property', 'Jobs', 'Obituaries', 'Family Notices'];
const rMost = [
  'Tynemere ring road closure extended by three weeks as bridge works overrun',
  'Family pays tribute to grandad, 81, who died after fall at bus station',
  'New bakery chain confirms opening date for first Tynemere shop',
  'Woman spared jail after biting police officer outside nightclub',
];
const rFoot = ['About Us', 'Contact Us', 'Advertise with us', 'Corrections and Clarifications', 'Privacy Notice', 'Cookie Notice', 'Terms and Conditions'];
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rTitle} - Tynemere Live</title>
<meta name="description" content="Callum Redfern threatened staff with a claw hammer">
<meta property="og:type" content="article"><meta property="article:section" content="Tynemere News">
<meta property="article:published_time" content="2026-03-12T13:47:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rTitle}",
"author":{"@type":"Person","name":"Hollie Brack"},"publisher":{"@type":"Organization","name":"Tynemere Live"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({pageType:"article",section:"tynemere-news",articleId:"31122094"});</script>
</head>
<body class="publication-theme article-page">
<header class="mast-head" id="masthead"><div class="mast-head__logo"><a href="/" class="logo">Tynemere Live</a></div>
<nav class="primary-nav" aria-label="Primary"><ul class="primary-nav__list">
${links(rNav, 'primary-nav__item')}
</ul></nav><div class="mast-head__actions"><a href="/search" class="search-link">Search</a>
<a href="/account" class="login-link">Sign in</a></div></header>
<main id="main" class="main-content"><article class="article-main" data-article-id="31122094">
<nav class="breadcrumbs" aria-label="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/news/tynemere-news">Tynemere News</a></li></ol></nav>
<h1 class="publication-font section-theme-background-indicator headline">${rTitle}</h1>
<p class="sub-title">${rStand[0]}</p>
<div class="article-information"><div class="author-information"><div class="author"><a href="/authors/hollie-brack" rel="author">Hollie Brack</a>
<span class="role">Court Reporter</span></div></div>
<ul class="time-info"><li><span class="date-published">13:47, 12 MAR 2026</span></li>
<li><span class="date-updated">Updated 14:02, 12 MAR 2026</span></li></ul></div>
<div class="social-share-bar"><ul><li><a class="share-facebook" href="#">Share on Facebook</a></li><li><a class="share-x" href="#">Share on X</a></li>
<li><a class="share-whatsapp" href="#">Share on WhatsApp</a></li><li><button class="share-copy">Copy link</button></li></ul></div>
<figure class="lead-image in-article-image"><img src="/img/redfern.jpg" alt="Callum Redfern">
<figcaption><span class="caption">Callum Redfern was jailed at Tynemere Crown Court</span>
<span class="credit">(Image: Tynemere Police)</span></figcaption></figure>
<div class="article-body" itemprop="articleBody">
${ps(rBody1)}
<div class="read-more-links"><p><strong>Read more:</strong> <a href="/news/tynemere-news/post-office-raids-appeal-30991">Police release
images after hammer raids on rural post offices</a></p></div>
<h2 class="section-heading">${rH1}</h2>
${ps(rBody2)}
<blockquote class="pull-quote"><p>${rQuote[0]}</p></blockquote>
${ps(rBody3)}
<div class="newsletter-signup" data-newsletter="crime"><h3>Get the latest court stories sent to your inbox</h3>
<p>Sign up to our free Crime and Courts newsletter</p><form><input type="email" placeholder="Enter your email">
<button type="submit">Subscribe</button></form>
<p class="small-print">We use your sign-up to provide content in ways you've consented to. See our Privacy Notice.</p></div>
<h2 class="section-heading">${rH2}</h2>
${ps(rBody4)}
<ul class="article-list">
${lis(rList)}
</ul>
${ps(rBody5)}
<div class="read-more-links"><p><strong>Read next:</strong> <a href="/news/tynemere-news/woman-spared-jail-31110">Woman spared jail
after biting police officer outside nightclub</a></p></div>
</div>
<div class="tag-list"><span class="tag-list__label">Follow</span><a href="/all-about/crime">Crime</a>
<a href="/all-about/court-cases">Court cases</a></div>
<div id="comments" class="comments-container viafoura"><h3 class="comments-title">Comments</h3>
<div class="vf-comment"><span class="vf-username">MillLaneMo</span><p class="vf-content">Six years is nothing, he'll be out in three.</p></div>
<div class="vf-comment"><span class="vf-username">Winnowby_Gran</span><p class="vf-content">Sandra at our shop was so shaken. Glad he's been caught.</p></div>
<a class="vf-load-more" href="#">Show more comments</a></div>
</article>
<aside class="mod-pancakes most-read"><h2 class="mod-title">Most Read</h2><ol>
${links(rMost, 'teaser')}
</ol></aside>
<div class="ad-slot" data-slot="mpu"><span class="ad-label">Advertisement</span></div></main>
<footer class="site-footer"><ul class="footer-links">
${links(rFoot)}
</ul><p class="copyright">© 2026 Tynemere Live. Part of Northgate Regional Media.</p></footer>
<div id="consent-banner" class="cmp-banner" role="dialog"><p>We value your privacy. We and our partners use cookies to personalise ads
and content and to measure audiences.</p><button class="cmp-accept">I Accept</button><button class="cmp-options">Show Purposes</button></div>
</body></html>`;
const regional: TestPage = {
  name: 'heldout323-reach-regional-court-story-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [rH1, rH2],
  body: texts([...rStand, ...rBody1, ...rBody2, ...rQuote, ...rBody3, ...rBody4, ...rList, ...rBody5]),
  bylines: ['Hollie Brack', 'Court Reporter', '13:47, 12 MAR 2026', 'Updated 14:02, 12 MAR 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tynemere Live', ...rNav, 'Search', 'Sign in', 'Home', 'Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Copy link',
    'Callum Redfern was jailed at Tynemere Crown Court', '(Image: Tynemere Police)', 'Read more:',
    'Police release images after hammer raids on rural post offices', 'Get the latest court stories sent to your inbox',
    'Sign up to our free Crime and Courts newsletter', 'Subscribe',
    "We use your sign-up to provide content in ways you've consented to. See our Privacy Notice.",
    'Read next:', 'Woman spared jail after biting police officer outside nightclub', 'Follow', 'Court cases', 'Comments', 'MillLaneMo',
    "Six years is nothing, he'll be out in three.", 'Winnowby_Gran', "Sandra at our shop was so shaken. Glad he's been caught.", 'Show more comments',
    'Most Read', ...rMost.slice(0, 3), 'Advertisement', ...rFoot, '© 2026 Tynemere Live. Part of Northgate Regional Media.',
    'We value your privacy. We and our partners use cookies to personalise ads and content and to measure audiences.', 'I Accept', 'Show Purposes',
  ],
};

const gTitle = 'Care home manager convicted of defrauding residents of £214,000';
const gLead = paras(`
A care home manager who siphoned money from the bank accounts of eleven elderly residents has been convicted of fraud by abuse of
position following a trial at Fenmarket Crown Court.`);
const gBody1 = paras(`
Marian Etheridge, 52, was the registered manager of Willowbank House in Lindsey St Clement between 2019 and 2024. During that time she
held lasting powers of attorney or appointee status for several residents who had no family nearby.

The prosecution showed that she made more than 600 transfers from residents' accounts into accounts she controlled, describing them as
payments for “sundries”, hairdressing and day trips that never took place.

Her conduct came to light when the daughter of one resident, returning from abroad, asked to see her mother's bank statements and
found that £31,000 had gone in eighteen months.`);
const gH1 = 'How the case was built';
const gBody2 = paras(`
Prosecutors from the Complex Casework Unit worked with detectives from the outset, advising on the financial evidence needed to show
where each payment went. Forensic accountants traced the money to a holiday cottage deposit, a car finance agreement and online
gambling accounts.

The jury heard from care workers who said residents were told the home had “run out of budget” for activities, and from a bank
investigator who explained how the transfers had been split to stay below fraud-monitoring limits.`);
const gH2 = 'Prosecutor’s comment';
const gQuote = paras(`
Senior Crown Prosecutor Tobias Lunn said: “Marian Etheridge was trusted with the money of people who could no longer look after their
own affairs. She treated their savings as her own. This verdict shows that those who abuse a position of trust over vulnerable people
will be brought to justice, and we will now seek to recover every penny for the residents and their families.”`);
const gH3 = 'Notes to editors';
const gNotes = [
  'Marian Etheridge (date of birth 04/09/1973) was convicted on 10 March of eleven counts of fraud by abuse of position.',
  'She will be sentenced at Fenmarket Crown Court on 24 April 2026.',
  'Confiscation proceedings under the Proceeds of Crime Act 2002 will follow.',
  'Tobias Lunn is a Senior Crown Prosecutor in the Fens and Mercia Complex Casework Unit.',
];
const gRelated = ['Prosecuting fraud against older people', 'Victim and witness support', 'Crown Prosecution Office: Fens and Mercia'];
const gNav = ['Menu', 'Search GOV.UK'];
const gCrumbs = ['Home', 'Crime, justice and law', 'Courts, sentencing and tribunals'];
const gFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const gFootTopics = ['Benefits', 'Births, death, marriages and care', 'Business and self-employed', 'Crime, justice and the law'];
const gHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>${gTitle} - GOV.UK</title>
<meta name="govuk:format" content="press_release"><meta name="govuk:content-id" content="7a1c0e52-88d3-4c11-9b0e-2f0d8c1e4471">
<meta name="govuk:primary-publishing-organisation" content="Crown Prosecution Office">
<meta property="og:title" content="${gTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gTitle}",
"datePublished":"2026-03-10T16:30:00+00:00","publisher":{"@type":"Organization","name":"GOV.UK"}}</script>
</head>
<body class="govuk-template__body"><script>document.body.className+=' js-enabled govuk-frontend-supported';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper"><div class="govuk-cookie-banner__message govuk-width-container">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve
government services.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="button">Accept additional cookies</button>
<button class="govuk-button" type="button">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div>
</div></div></div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="/">GOV.UK</a><nav aria-label="Navigation menu">
<ul class="gem-c-layout-super-navigation-header__items">${links(gNav, 'gem-c-layout-super-navigation-header__item')}</ul></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb">
<ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="main-content" class="govuk-main-wrapper" lang="en">
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-heading govuk-!-margin-bottom-8">
<span class="govuk-caption-xl gem-c-heading__context">Press release</span>
<h1 class="gem-c-heading__text govuk-heading-l">${gTitle}</h1></div>
<p class="gem-c-lead-paragraph">${gLead[0]}</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="metadata">
<dl class="gem-c-metadata__list"><dt class="gem-c-metadata__term">From:</dt>
<dd class="gem-c-metadata__definition"><a href="/government/organisations/crown-prosecution-office" class="govuk-link">Crown Prosecution
Office</a></dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">10 March 2026</dd></dl></div>
<div class="gem-c-single-page-notification-button"><button class="gem-c-single-page-notification-button__submit" type="submit">Get emails
about this page</button></div>
<div class="govuk-govspeak direction-ltr"><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">
${ps(gBody1)}
<h2 id="how-the-case-was-built">${gH1}</h2>
${ps(gBody2)}
<h2 id="prosecutors-comment">${gH2}</h2>
${ps(gQuote)}
<h2 id="notes-to-editors">${gH3}</h2>
<ol>
${lis(gNotes)}
</ol></div></div>
<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link gem-c-print-link__button">Print this page</button></div>
</div>
<div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation">
<h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2>
<ul class="gem-c-related-navigation__link-list">${links(gRelated, 'gem-c-related-navigation__link')}</ul></div></div></div></div>
<div class="gem-c-feedback"><p class="gem-c-feedback__prompt-question">Is this page useful?</p><button>Yes</button><button>No</button>
<button class="gem-c-feedback__prompt-link">Report a problem with this page</button></div>
</main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container">
<div class="govuk-footer__navigation"><h2 class="govuk-footer__heading govuk-heading-m">Topics</h2>
<ul class="govuk-footer__list">${links(gFootTopics, 'govuk-footer__list-item')}</ul></div>
<h2 class="govuk-visually-hidden">Support links</h2><ul class="govuk-footer__inline-list">${links(gFoot, 'govuk-footer__inline-list-item')}</ul>
<div class="govuk-footer__meta-custom">Built by the <a href="#" class="govuk-footer__link">Government Digital Service</a></div>
<span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise
stated</span><a class="govuk-footer__link govuk-footer__copyright-logo" href="#">© Crown copyright</a></div></footer>
<script src="/assets/static/application.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout323-govuk-prosecution-press-release-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([...gLead, ...gBody1, ...gBody2, ...gQuote, ...gNotes]),
  bylines: ['10 March 2026', 'Crown Prosecution Office'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.', 'Accept additional cookies', 'Reject additional cookies',
    'View cookies', 'Skip to main content', 'GOV.UK', ...gNav, ...gCrumbs, 'Press release', 'From:', 'Published', 'Get emails about this page',
    'Print this page', 'Related content', ...gRelated, 'Is this page useful?', 'Report a problem with this page', 'Topics', ...gFootTopics,
    'Support links', ...gFoot, 'Government Digital Service', 'All content is available under the Open Government Licence v3.0, except where otherwise stated',
    '© Crown copyright',
  ],
};

export const HELDOUT323_A: readonly TestPage[] = [regional, govuk];
