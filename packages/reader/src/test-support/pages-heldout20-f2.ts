import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 20, file f2: a HuffPost-style news article (the header with "Log In" and "Support HuffPost", the section
 * nav, the "Housing" eyebrow, headline and dek, the author card with role line, the date with "Updated" time, share bar,
 * lead image with caption and credit, entry__content-list with primary-cli text blocks, "Related..." cards embedded
 * between paragraphs, an h2 subhead, an embedded tweet with its "LOADING ERROR LOADING" placeholder, the contribution box
 * with amount buttons, "Go To Homepage", "Suggest a correction", "Submit a tip", topic tags, "From Our Partner",
 * "Trending", the newsletter sign-up and the footer).
 */
const hpTitle = 'Renters In Big Cities Are Paying More For Less Space, New Report Finds';
const hpDek = 'New apartments have shrunk by nearly 100 square feet in some metros over a decade, even as rents kept climbing.';
const hpBody1 = [
  'Renters in many of the country’s biggest metro areas are paying more each month for apartments that keep getting smaller, according ' +
    'to a report released Wednesday.',
  'The average newly built apartment in the U.S. was 887 square feet in 2024, down from 941 square feet a decade earlier, the report from ' +
    'the property data firm Keystone Listings found. In some cities, the drop was far steeper: New apartments in Seattle shrank by 97 ' +
    'square feet on average, and those in Denver by 84.',
  'At the same time, average asking rents for new units rose by about 38% nationally over the same period, meaning renters are paying ' +
    'substantially more per square foot than they were in 2014.',
  '“The story of the last 10 years is that developers figured out people would pay for location and amenities, and they could take it ' +
    'out of the bedroom,” said Rosalind Achebe, the report’s lead author.',
];
const hpH = 'Studios are taking over';
const hpBody2 = [
  'Much of the shrinking comes from a shift in what is being built. Studios made up 19% of new apartments in 2024, compared with 11% in ' +
    '2014, while three-bedroom units have become increasingly rare in new buildings.',
  'Developers say smaller units are the only way to make new projects pencil out as land, construction and borrowing costs rise. A ' +
    'studio can rent for less in total than a one-bedroom, even if its price per square foot is higher, which makes it easier for tenants to qualify.',
  'But housing advocates say the trend leaves families with few options. “If you have two kids, the new building going up on your block ' +
    'is not for you,” said Marcus Oyelaran, an organizer with a tenants’ union in Minneapolis. “It is for one person with a dog and a standing desk.”',
  'Some cities have tried to push back. A handful now require that a share of units in large new buildings have two or more bedrooms, and ' +
    'others offer developers extra height in exchange for family-sized apartments.',
  'Achebe said those rules have had limited effect so far, in part because they apply only to a small number of projects. “The market is ' +
    'responding to what is cheapest to build and easiest to rent,” she said. “Unless that changes, the apartments will keep getting smaller.”',
] as const;
const hpRelated = [
  ['The Rent Is Too Damn High — And These Are The Cities Where It Rose The Most', 'Jillian Pardo'],
  ['Why Finding A 3-Bedroom Apartment Has Become So Hard', 'Ben Calloway'],
] as const;
const hpCap = 'A new apartment building under construction in Denver in October.';
const hpCredit = 'Aaron Okafor via Getty Images';
const hpNav = ['News', 'Politics', 'Entertainment', 'Life', 'Voices', 'Shopping', 'Video', 'Games'];
const hpTags = ['Housing', 'Rent', 'Real Estate', 'Apartments'];
const hpTrending = [
  'Costco Shoppers Are Lining Up For This $12 Holiday Item',
  'Lawmaker Walks Out Of Hearing After Heated Exchange Over Budget',
  'The 10 Best Cozy Mysteries To Read This Winter',
];
const hpFoot = [
  'About Us',
  'Advertise',
  'About Our Ads',
  'Contact Us',
  'RSS',
  'FAQ',
  'Careers',
  'User Agreement',
  'Comment Policy',
  'DMCA Policy',
  'HuffPost Press Room',
  'Accessibility Statement',
  'Privacy Policy',
  'Consent Preferences',
];
const hpCopy = 'Part of HuffPost News. ©2025 BuzzFeed, Inc. All rights reserved.';
const hpSupport = [
  'Support HuffPost',
  'Our reporting is free for everyone to read, and we want to keep it that way. If you can, chip in and help us cover the stories that matter.',
  'Contribute $2',
  'Contribute $5',
  'Contribute $10',
  'Already a supporter? Log in to hide these messages.',
] as const;
const hpTweet = 'New report: the average new apartment is 54 square feet smaller than in 2014. Rents are up 38%.';
const hpCli = (t: string): string => `<div class="primary-cli cli cli-text"><p>${t}</p></div>`;
const hpRel = ([h, a]: readonly [string, string], n: number): string => `<div class="cli cli-related-articles" data-cli="related-articles-${n}">
<div class="cli-related-articles__header">Related...</div><a class="card card--related" href="/entry/rent-story-${n}_n_${n}8a2"
data-vars-item-name="${h}"><div class="card__image"><img src="https://img.huffingtonpost.example/related-${n}.jpg" alt=""></div>
<div class="card__content"><h3 class="card__headline"><span class="card__headline__text">${h}</span></h3><div class="card__byline">${a}</div></div></a></div>`;
const hpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hpTitle} | HuffPost Life</title><meta name="description" content="${hpDek}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${hpTitle}","author":{"@type":"Person",
"name":"Jillian Pardo","jobTitle":"Senior Reporter, HuffPost"},"datePublished":"2025-11-12T05:00:00-05:00","dateModified":"2025-11-12T09:47:00-05:00"}</script>
<script>window.HP=window.HP||{};HP.params={"entryId":"6733b1f9e4b0a19c8d4f2e31","section":"life","isLive":false};</script></head>
<body class="entry-body life"><div id="main"><a class="skip-link" href="#entry-body">Skip to Main Content</a>
<header class="header"><a class="header__logo" href="/" aria-label="HuffPost homepage"></a><nav class="header__nav" aria-label="Sections"><ul>
${links(hpNav, 'header__nav-item')}</ul></nav><a class="header__support" href="/support">Support HuffPost</a><a class="header__login" href="/login">Log In</a>
</header>
<main class="entry" id="entry-body"><header class="entry__header"><div class="top-header"><a class="entry-eyebrow" href="/topic/housing">Housing</a></div>
<h1 class="headline">${hpTitle}</h1><div class="dek">${hpDek}</div>
<div class="entry__byline js-entry-byline"><div class="entry__byline__author"><a href="/author/jillian-pardo" class="author-card__link">
<span class="author-card__name">Jillian Pardo</span></a><div class="author-card__details">Senior Reporter, HuffPost</div></div>
<div class="timestamp"><span class="timestamp__date timestamp__date--published">Nov 12, 2025, 05:00 AM EST</span><span class="timestamp__separator">|</span>
<span class="timestamp__date timestamp__date--modified">Updated Nov 12, 2025</span></div></div>
<div class="entry__share"><a class="share-bar__facebook" href="#">Facebook</a><a class="share-bar__twitter" href="#">Twitter</a>
<a class="share-bar__email" href="#">Email</a><button class="share-bar__copy">Copy Link</button></div></header>
<figure class="top-media top-media--image"><img src="https://img.huffingtonpost.example/asset/6733b2.jpeg?ops=1778_1000" alt="A crane above apartments">
<figcaption class="top-media__caption">${hpCap}<span class="top-media__credit">${hpCredit}</span></figcaption></figure>
<div class="entry__content-list-container js-cet-unit-buzz_body"><section class="entry__content-list js-entry-content js-cet-subunit">
${hpBody1.slice(0, 2).map(hpCli).join('\n')}
${hpRel(hpRelated[0], 1)}
${hpBody1.slice(2).map(hpCli).join('\n')}
<div class="cli cli-advertisement"><div class="advertisement-holder"><span class="advertisement-holder__label">Advertisement</span></div></div>
<div class="cli cli-subheader"><h2>${hpH}</h2></div>
${hpBody2.slice(0, 2).map(hpCli).join('\n')}
<div class="cli cli-embed"><div class="cli-embed__loading">LOADING ERROR LOADING</div><blockquote class="twitter-tweet"><p lang="en">${hpTweet}</p>
— Keystone Listings (@keystonelistings) <a href="https://twitter.example/keystonelistings/status/1856">November 12, 2025</a></blockquote></div>
${hpCli(hpBody2[2])}
${hpRel(hpRelated[1], 2)}
${hpBody2.slice(3).map(hpCli).join('\n')}
</section></div>
<div class="contribution-box"><h3 class="contribution-box__title">${hpSupport[0]}</h3><p>${hpSupport[1]}</p><div class="contribution-box__buttons">
<button>${hpSupport[2]}</button><button>${hpSupport[3]}</button><button>${hpSupport[4]}</button></div>
<p class="contribution-box__login">${hpSupport[5]}</p></div>
<div class="entry__footer"><a class="entry__footer__homepage" href="/">Go To Homepage</a><div class="entry__footer__links">
<a href="https://corrections.huffingtonpost.example">Suggest a correction</a><span> | </span><a href="/contact/tips">Submit a tip</a></div>
<div class="tag-cloud"><ul>${links(hpTags, 'tag')}</ul></div></div></main>
<aside class="right-rail"><section class="zone zone--partner"><h2 class="zone__title">From Our Partner</h2><div class="partner-unit"></div></section>
<section class="zone zone--trending"><h2 class="zone__title">Trending</h2><ol>${links(hpTrending, 'card')}</ol></section></aside>
<section class="newsletter-signup"><h2>Sign up for HuffPost’s Morning Email</h2><p>Start your day with the stories everyone will be talking about.</p>
<input type="email" placeholder="email address"><button>Sign Up</button>
<p class="newsletter-signup__success" hidden>Successfully Subscribed!</p></section></div>
<footer class="footer"><ul>${links(hpFoot, 'footer__link')}</ul><p class="footer__copyright">${hpCopy}</p><p>The Huffington Post</p></footer></body></html>`;
export const huffPost: TestPage = {
  html: hpHtml,
  name: 'heldout20-huffpost-related-cards',
  kind: 'news',
  // the dek is body; the h2 is the heading; the "Related..." cards between paragraphs (label, headline, the card's author)
  // are furniture; the embedded tweet (its text, handle and date) and its "LOADING ERROR LOADING" placeholder are furniture,
  // the tweet repeating the report's figures rather than being the article; "Jillian Pardo", her role line and both dates
  // are bylines (the first related card's byline is the same name: counted as the byline); the eyebrow, lead caption and
  // credit, share bar, ad label, contribution box, "Go To Homepage", correction and tip links, tags, rail zones, the
  // newsletter (its hidden success line too), header, nav and footer are furniture; the eyebrow "Housing" is also a tag
  title: hpTitle,
  headings: [hpH],
  body: [hpDek, ...texts(hpBody1), ...texts(hpBody2)],
  bylines: ['Jillian Pardo', 'Senior Reporter, HuffPost', 'Nov 12, 2025, 05:00 AM EST', 'Updated Nov 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...hpNav, 'Support HuffPost', 'Log In', ...hpTags, 'Facebook', 'Twitter', 'Email', 'Copy Link', hpCap, hpCredit,
    'Related...', hpRelated[0][0], hpRelated[1][0], 'Ben Calloway', 'Advertisement', 'LOADING ERROR LOADING', hpTweet, 'November 12, 2025',
    '— Keystone Listings (@keystonelistings)', ...hpSupport.slice(1), 'Go To Homepage', 'Suggest a correction', 'Submit a tip', 'From Our Partner',
    'Trending', ...hpTrending, 'Sign up for HuffPost’s Morning Email', 'Start your day with the stories everyone will be talking about.', 'Sign Up',
    'Successfully Subscribed!', ...hpFoot, hpCopy, 'The Huffington Post',
  ],
};
