import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 160, file e2: a Snopes fact-check (the header nav with "Latest", "Trending" and "Membership", the
 * "Fact Check" category link, the subtitle, the author box and published date, the claim box with its "Claim:" label,
 * the rating block with "About this rating", the "Context" note, the article text with sub-headings, the ad labels, the
 * "Sources" list, the membership prompt, the "Read More" and "Latest" rails and the footer).
 */
const snTitle = 'Did a Lighthouse Keeper’s Cat Really Ride Out a Hurricane on a Floating Door?';
const snDek = 'A heartwarming story about a cat named Biscuit circulated widely after Hurricane Odessa. We looked into it.';
const snClaim = 'A cat belonging to a lighthouse keeper survived Hurricane Odessa by riding on a floating door for two days.';
const snContext =
  'The cat, Biscuit, did survive the storm and was found two days later, but there is no evidence it rode on a door. It was found in a storage shed.';
const snP1 = [
  'In late September 2025, after Hurricane Odessa hit the coast of the Carrow Islands, a story spread across social media about ' +
    'a ginger cat named Biscuit who had supposedly survived the storm by floating for two days on a wooden door.',
  'One widely shared post, which included a photo of a wet cat sitting on a plank, said Biscuit belonged to the keeper of the ' +
    'Point Ardmore lighthouse and had been swept out of the keeper’s cottage when the storm surge broke through the windows.',
  'Readers asked us whether the story was true. The short answer is that Biscuit is real and did survive, but the floating door ' +
    'appears to have been added as the story traveled.',
];
const snH1 = 'What the Keeper Said';
const snP2 = [
  'We contacted Helen Marwick, who has looked after the Point Ardmore lighthouse for the Carrow Islands Heritage Trust since 2017. ' +
    'She confirmed that Biscuit was her cat and that he went missing when she evacuated the cottage the day before the storm.',
  '“I couldn’t find him anywhere and the police wanted everyone out,” she told us by phone. “I was sure I’d lost him.”',
  'Two days later, a neighbor found Biscuit hiding on a high shelf in a storage shed about 300 yards from the cottage. Marwick ' +
    'said he was hungry and very wet but uninjured. “There was no door and no raft,” she said. “He was sulking on top of a box ' +
    'of paint tins.”',
];
const snH2 = 'Where the Photo Came From';
const snP3 = [
  'Using a reverse image search, we found that the photo in the viral post had been online since at least 2019. It first ' +
    'appeared on a photo-sharing site with a caption describing a cat rescued from a flooded garden in a different country.',
  'The earliest posts we could find about Biscuit, shared by a local community page on Sept. 29, did not mention a door. They ' +
    'described the cat being found in a shed. The door detail and the older photo appeared in posts shared the following day.',
];
const snH3 = 'Conclusion';
const snP4 = [
  'Biscuit, a lighthouse keeper’s cat, did survive Hurricane Odessa and was found two days later. But the claim that he rode ' +
    'out the storm on a floating door is not supported by the keeper’s account or the earliest reports, and the photo used to ' +
    'illustrate it was taken years earlier. For that reason, we have rated this claim “Mostly False.”',
];
const snSources = ['Marwick, Helen. Telephone interview. 6 Oct. 2025.', 'Carrow Islands Community Noticeboard. Facebook post. 29 Sept. 2025.'];
const snNav = ['Latest', 'Trending', 'Fact Checks', 'News', 'Collections', 'Archives', 'Membership'];
const snMember = ['Snopes is independent and reader-supported.', 'Become a member for ad-free browsing and to support fact-checking.', 'Join Now'];
const snRead = ['Is This a Real Photo of a Shark Swimming on a Flooded Highway?', 'Did a Dog Alert Neighbors to a House Fire?'];
const snLatest = ['Fact Check: Coin Found in Bread Loaf Worth $40,000?', 'Was a Town Named After a Typo?', 'Did Lightning Strike the Same Tree Twice?'];
const snFoot = ['About', 'Team', 'Editorial Policy', 'Disclosures', 'Advertise', 'Contact', 'Privacy Policy', 'Terms'];
const snHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Did a Lighthouse Keeper’s Cat Really Ride Out a Hurricane on a Floating Door? | Snopes.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${snDek}">
<meta property="og:type" content="article"><meta property="og:title" content="${snTitle}"><meta property="og:site_name" content="Snopes.com">
<link rel="canonical" href="https://www.snopes.com/fact-check/lighthouse-cat-floating-door/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"${snClaim}",
"reviewRating":{"@type":"Rating","alternateName":"Mostly False"},"author":{"@type":"Organization","name":"Snopes"},"datePublished":"2025-10-08"}</script>
<script async src="https://cdn.adthrive.example/sites/snopes/ads.min.js"></script></head>
<body class="single-fact-check"><header id="header_container"><a class="header_logo" href="/"><span class="sr-only">Snopes</span></a>
<nav class="header_nav"><ul>${links(snNav, 'nav_item')}</ul></nav><a class="header_search" href="/search/">Search</a></header>
<main id="main_container"><article id="article_main"><section class="title-container">
<a class="section_title" href="/fact-check/">Fact Check</a><h1>${snTitle}</h1><h2>${snDek}</h2></section>
<section class="author_info_container"><div class="author_info"><a class="author_name" href="/author/jonah-trevino/">Jonah Trevino</a>
<span class="publish_date">Published Oct. 8, 2025</span></div></section>
<div class="dfp-tag-wrapper"><span class="ad_label">Advertisement</span></div>
<section id="fact_check_rating_container"><div class="claim_cont"><h3>Claim:</h3><div class="claim_text">${snClaim}</div></div>
<div class="rating_title_wrap"><img alt="Rating" src="/icons/rating-mostly-false.svg"><span class="rating_title">Rating:</span>
<span class="rating_label">Mostly False</span><a class="rating_link" href="/fact-check-ratings/">About this rating</a></div>
<div class="fact_check_info_description"><h3>Context</h3><p>${snContext}</p></div></section>
<section id="article-content">
${ps(snP1)}
<h2>${snH1}</h2>
${ps(snP2)}
<div class="dfp-tag-wrapper"><span class="ad_label">Advertisement</span></div>
<h2>${snH2}</h2>
${ps(snP3)}
<h2>${snH3}</h2>
${ps(snP4)}
</section>
<section id="sources_rows"><h3>Sources:</h3>${ps(snSources)}</section>
<div class="membership_prompt"><p>${snMember[0]}</p><p>${snMember[1]}</p><a href="/membership/">${snMember[2]}</a></div>
</article>
<aside id="sidebar"><section class="read_more"><h3>Read More</h3><ul>${links(snRead)}</ul></section>
<section class="latest"><h3>Latest</h3><ul>${links(snLatest)}</ul></section></aside></main>
<footer id="footer"><ul>${links(snFoot)}</ul><p>© 1995 - 2025 by Snopes Media Group Inc.</p></footer>
<script src="/wp-content/themes/snopes/js/main.js" defer></script></body></html>`;
export const snopes: TestPage = {
  name: 'heldout160-snopes-fact-check',
  kind: 'news',
  html: snHtml,
  title: snTitle,
  headings: [snH1, snH2, snH3],
  // the subtitle, the claim and the context note are body; the rating words and the sources are in neither list
  body: [snDek, snClaim, snContext, ...texts(snP1), ...texts(snP2), ...texts(snP3), ...texts(snP4)],
  bylines: ['Jonah Trevino', 'Published Oct. 8, 2025'],
  // "Latest" is both a nav item and the rail title, listed once
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Snopes', ...snNav, 'Search', 'Fact Check', 'Advertisement', 'Claim:', 'Rating:', 'About this rating', 'Context', 'Sources:', ...snMember,
    'Read More', ...snRead, ...snLatest, ...snFoot, '© 1995 - 2025 by Snopes Media Group Inc.',
  ],
};
