import { links } from './page-kit.js';
import { type Block, render } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, page b2: a CBC News shape story ("CPB News"): the network header, the news sub-navigation, the region
 * label, headline and deck, the byline row (author · CPB News · Posted | Last Updated), "Social Sharing", the lead image
 * caption with its credit, an embedded radio audio clip and a "Related" box inside the story, ad slots, the "ABOUT THE
 * AUTHOR" bio, "With files from", the standards links, related stories, the closed comments notice and the long footer.
 */
export const title = 'Tamarack council votes to close 2 rural libraries despite packed public hearing';
export const deck = 'Residents say the branches are the only public internet access for kilometres';
export const blocks: readonly Block[] = [
  [
    'p',
    'Tamarack city council has voted to close two of its rural library branches next spring, despite a public hearing that drew more ' +
      'than 300 people and ran until nearly midnight.',
  ],
  [
    'p',
    'Councillors voted 7-4 late Tuesday to shut the Birch Hollow and Minnow Creek branches on April 30, a move the city says will save ' +
      'about $410,000 a year as it tries to close a $6.2-million gap in next year’s budget.',
  ],
  [
    'p',
    '“Nobody on this council wants to close a library,” Mayor Colleen Arsenault said before the vote. “But we have been asked to hold the ' +
      'line on property taxes, and that means making choices none of us like.”',
  ],
  ['h2', '‘It’s where my kids do their homework’'],
  [
    'p',
    'Speaker after speaker at the hearing described the branches as far more than a place to borrow books. For many households outside ' +
      'the city core, they said, the libraries are the only place with reliable internet.',
  ],
  [
    'p',
    'Jenna Whitecloud, who lives on a farm about 25 kilometres north of the city, told council her three children use the Birch Hollow ' +
      'branch four afternoons a week.',
  ],
  [
    'p',
    '“It’s where my kids do their homework. It’s where I renewed my licence online and filed my taxes,” she said. “The next closest branch ' +
      'is a 40-minute drive each way. That’s not an option in January.”',
  ],
  [
    'p',
    'Several seniors said they relied on the branches’ weekly computer help sessions, run by volunteers, to book medical appointments and ' +
      'do their banking.',
  ],
  ['h2', 'Mobile service proposed'],
  [
    'p',
    'City staff have proposed replacing the two branches with a mobile library van that would visit each community twice a week. The ' +
      'van would carry a small collection, laptops for loan and a satellite internet connection.',
  ],
  ['p', 'Coun. Darnell Fitch, who represents the ward that includes Minnow Creek, voted against the closures and called the van a poor ' + 'substitute.'],
  [
    'p',
    '“Two afternoons a week is not a library. It’s a visit,” Fitch said. “We are telling rural residents that their services are the first ' +
      'to go whenever money is tight.”',
  ],
  [
    'p',
    'According to a staff report, the two branches together recorded about 38,000 visits last year, roughly six per cent of the library ' +
      'system’s total. The report said the buildings also need about $1.1 million in roof and heating repairs over the next five years.',
  ],
  [
    'p',
    'The Tamarack Public Library board, which had asked council to find the savings elsewhere, said in a statement it was “deeply ' +
      'disappointed” and would work to keep as many programs as possible running in the affected communities.',
  ],
  [
    'p',
    'A group of residents has started a petition calling on council to reconsider before the final budget vote on Dec. 9. By Wednesday ' +
      'morning, it had more than 2,000 signatures.',
  ],
];
export const header = ['CPB', 'News', 'Sports', 'Radio', 'Music', 'Listen Live', 'TV', 'Watch', 'Search', 'Sign In'];
export const skip = 'Skip to Main Content';
export const newsNav = ['Top Stories', 'Local', 'Climate', 'World', 'Canada', 'Politics', 'Indigenous', 'Business', 'Health', 'Entertainment', 'Science'];
export const newsNav2 = ['CPB News Investigates', 'Go Public'];
export const region = 'Northern Lakes';
export const social = ['Social Sharing', 'Facebook', 'X (Formerly Twitter)', 'Email', 'Reddit', 'LinkedIn'];
export const caption = 'Residents packed Tamarack city hall for a public hearing on the proposed closures on Tuesday. (Owen Marchand/CPB)';
export const audio = ['Up North', 'Why rural residents are fighting to save their library branches', '7:12'];
export const related = ['Related', 'Tamarack budget gap grows to $6.2M as costs climb', 'Library board warns of service cuts without more funding'];
export const ad = 'Advertisement';
export const bioHead = 'ABOUT THE AUTHOR';
export const bio =
  'Priya Sandhu is a reporter with CPB Northern Lakes based in Tamarack. She covers city hall and rural affairs. You can reach her at ' + '[email protected].';
export const standards = ['CPB’s Journalistic Standards and Practices', 'About CPB News'];
export const corrections = ['Corrections and clarifications', 'Submit a news tip', 'Report error'];
export const moreStories = [
  'Related Stories',
  'Tamarack budget gap grows to $6.2M as costs climb',
  'Rural internet project stalls after federal funding delay',
  'Opinion: Small-town libraries are the last public living rooms',
];
export const comments = [
  'Comments',
  'To encourage thoughtful and respectful conversations, first and last names will appear with each submission to CPB online ' +
    'communities. Pseudonyms will no longer be permitted.',
  'Commenting is now closed for this story.',
];
export const footHeads = ['Stay Connected', 'Services and Information', 'Accessibility'];
export const footLinks = [
  'Apps',
  'Newsletters',
  'Corporate Info',
  'Public Appearances',
  'Commercial Services',
  'Reuse & Permission',
  'Terms of Use',
  'Privacy Policy',
  'Jobs',
  'Independent Ombudsman',
];
export const access =
  'It is a priority for CPB to create products that are accessible to all in Canada including people with visual, hearing, motor and ' +
  'cognitive challenges.';
export const copyright = '©2025 CPB. All rights reserved.';
export const bylines = ['Priya Sandhu', 'CPB News', 'Posted: Nov 12, 2025 4:00 AM CST', 'Last Updated: 2 hours ago', 'With files from Daniel Okafor'];

const adSlot = (id: string): string => `<div class="ad-risingstar-container"><div class="ad-label">${ad}</div><div id="${id}" class="adContainer"></div></div>`;
const audioBox = `<div class="embed mediaEmbed audioEmbed"><div class="mediaEmbedInner"><span class="audioShow">${audio[0]}</span>
<div class="mediaTitle">${audio[1]}</div><button class="playButton" aria-label="Play"><span class="duration">${audio[2]}</span></button></div></div>`;
const relatedBox = `<div class="similarLinks"><h3 class="similarLinksHeader">${related[0]}</h3>
<ul class="similarLinksList">${links(related.slice(1), 'similarLink')}</ul></div>`;

export const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | CPB News</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${deck}"><meta property="og:title" content="${title}"><meta property="og:type" content="article">
<meta name="cpb:section" content="News/Canada/Northern Lakes">
<link rel="canonical" href="https://www.cpb.ca/news/canada/northern-lakes/tamarack-libraries-1.7382901">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle","headline":"${title}","description":"${deck}",
"datePublished":"2025-11-12T10:00:00.000Z","dateModified":"2025-11-12T16:21:00.000Z","author":[{"@type":"Person","name":"Priya Sandhu"}],
"publisher":{"@type":"Organization","name":"CPB"}}</script>
<script>window.__INITIAL_STATE__={"detail":{"content":{"id":"1.7382901","type":"story"}}};</script>
<link rel="stylesheet" href="/news/dist/main.b1c4d2.css"></head>
<body><div id="app"><a href="#main-content" class="skip-link">${skip}</a>
<header class="header" role="banner"><div class="headerWrap"><a href="/" class="cpbLogo" aria-label="CPB Home"><span class="logoText">${header[0]}</span></a>
<nav class="primaryNav" aria-label="Primary"><ul class="primaryNavList">${links(header.slice(1, 8), 'primaryNavItem')}</ul></nav>
<div class="headerRight"><button class="searchButton"><span>${header[8]}</span>
</button><a class="signInLink" href="/account/signin">${header[9]}</a></div></div>
<nav class="secondaryNav" aria-label="News"><ul class="secondaryNavList">${links(newsNav, 'secondaryNavItem')}
${links(newsNav2, 'secondaryNavItem secondaryNavItem-special')}</ul></nav></header>
<main id="main-content"><div class="storyWrapper"><div class="detailHeadline-wrapper"><a class="sectionLabel" href="/news/canada/northern-lakes">${region}</a>
<h1 class="detailHeadline">${title}</h1><h2 class="deck">${deck}</h2></div>
<div class="byline"><div class="bylineDetails"><span class="authorText"><a class="authorLink" href="/news/canada/northern-lakes/author/priya-sandhu-1.6120334">
${bylines[0]}</a></span> · <span class="bylineSource">${bylines[1]}</span> · <span class="timeStamp"><time dateTime="2025-11-12T10:00:00.000Z">
${bylines[2]}</time></span> | <span class="updatedTime">${bylines[3]}</span></div></div>
<div class="sclt-sharelist" role="region"><h2 class="sclt-sharelistheader">${social[0]}</h2><ul class="sclt-sharelist">
${social
  .slice(1)
  .map((t) => `<li class="sclt-shareitem"><button class="sclt-sharebutton" aria-label="Share on ${t}"><span class="sclt-label">${t}</span></button></li>`)
  .join('\n')}
</ul></div>
<figure class="imageMedia leadmedia-story full"><div class="placeholder"><img src="https://i.cpbimg.ca/1.7382910.1731400000!/fileImage/httpImage/image.jpg"
alt="A crowded council chamber."></div><figcaption class="image-caption">${caption}</figcaption></figure>
<div class="story" data-cy="storyBody">
${render(blocks, {}, { 3: adSlot('ad-boxinline-1'), 5: audioBox, 9: relatedBox, 12: adSlot('ad-boxinline-2') })}
</div>
<div class="bio"><div class="bioHeader">${bioHead}</div><div class="bioContainer"><img class="bioImage" src="/bio/priya-sandhu.jpg" alt="">
<div class="authorName">${bylines[0]}</div><div class="bioText">${bio}</div></div></div>
<div class="storyCredits"><p>${bylines[4]}</p></div>
<div class="policies"><a href="/news/about/standards">${standards[0]}</a>|<a href="/news/about">${standards[1]}</a></div>
<div class="corrections"><a href="/news/corrections">${corrections[0]}</a>|<a href="/news/tip">${corrections[1]}</a>|
<a href="#" class="reportError">${corrections[2]}</a></div>
<div class="relatedStories"><h2 class="relatedTitle">${moreStories[0]}</h2><ul>${links(moreStories.slice(1), 'relatedItem')}</ul></div>
<section class="comments" id="comments"><h2 class="commentsHeader">${comments[0]}</h2><p class="commentPolicy">${comments[1]}</p>
<p class="commentsClosed">${comments[2]}</p></section></div>
<aside class="rightRail">${adSlot('ad-bigbox-1')}</aside></main>
<footer class="footer"><div class="footerLogo"><span class="logoText">${header[0]}</span></div>
${footHeads
  .map(
    (h, i) =>
      `<div class="footerSection"><h2 class="footerSectionTitle">${h}</h2>${
        i === 2
          ? `<p class="accessText">${access}</p>`
          : `<ul class="footerLinks">${links(i === 0 ? footLinks.slice(0, 2) : footLinks.slice(2), 'footerLink')}</ul>`
      }</div>`,
  )
  .join('\n')}
<p class="footerCopyright">${copyright}</p></footer></div>
<script src="/news/dist/vendor.9d3a11.js"></script><script src="/news/dist/main.b1c4d2.js"></script></body></html>`;
