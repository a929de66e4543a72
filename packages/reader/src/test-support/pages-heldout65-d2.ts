import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 65, file d2: a Times (UK) article on thetimes.com's React template (the masthead with "Subscribe" and
 * "Log in", the section nav, the section breadcrumb, headline and standfirst, the lead image with caption
 * and upper-case credit, the byline with role and the "<date>, The Times" line, the share/save/gift row, "Listen to this
 * article", the body in responsive__ paragraph wrappers with ad slots, "Related articles", the rendered comments with
 * commenters' names, recommends and "Reply", the footer with its registered-office line and the __PRELOADED_STATE__ script).
 */
const tmTitle = 'Cathedral roof timbers date from reign of King John';
const tmStandfirst = 'Tree-ring analysis shows the oaks were felled in 1208, making the roof one of the oldest in England still doing its job';
const tmBody = [
  'The oak beams holding up the roof of a West Country cathedral were cut down in the winter of 1208, during the reign of King ' +
    'John, making it one of the oldest working roofs in England, according to a new study.',
  'Scientists took 46 pencil-thin cores from the timbers above the nave of Whitcombe Cathedral in Somerset and matched the ' +
    'pattern of their growth rings against a national record stretching back more than 1,000 years.',
  'The results, published yesterday in the journal <i>Vernacular Architecture Review</i>, show that at least 30 of the trees were ' +
    'felled in a single season, probably within a few miles of the building.',
  '“These are not reused timbers from an earlier church, which is what we had assumed for a long time,” said Dr Rosalind Kerr, ' +
    'a dendrochronologist at the University of Bristol who led the study. “They were cut, carried here and raised within a year ' +
    'or two. The carpenters were working with green oak, which is much easier to shape.”',
  'The findings place the roof’s construction in a turbulent period. John was excommunicated by the Pope in 1209 and England ' +
    'was under an interdict that closed most churches to public worship, yet building work at Whitcombe appears to have ' +
    'carried on.',
  'Marks left by the carpenters — numbered notches that told them which beam went where — are still visible on many of the ' +
    'timbers. Kerr’s team also found the remains of medieval scaffolding holes in the walls, which were blocked up after the ' +
    'roof was finished.',
  'The Very Rev Andrew Pell, the dean, said the study had “given us a birth certificate for a roof that we walk under every ' +
    'day without a second thought”. The cathedral will now seek funding to repair the lead covering, which was last replaced ' +
    'in the 1860s, without disturbing the original frame.',
  'The oldest roof timbers in England still in place are generally thought to be at a handful of buildings in Essex and Kent, ' +
    'dated to the late 12th century. Whitcombe’s is among the largest of that early group.',
];
const tmNav = ['Home', 'UK', 'World', 'Comment', 'Business & Money', 'Sport', 'Life & Style', 'Culture', 'Travel', 'Puzzles', 'Podcasts'];
const tmRelated = [
  'Medieval graffiti found behind cathedral choir stalls',
  'Volunteers race to save Norman church before winter',
  'The oak trees that built England’s navy',
];
const tmComments: [string, string, string][] = [
  ['Geoffrey W', 'Wonderful to think of carpenters at work up there while the country was under interdict. Life went on.', '14'],
  ['Margaret Ellis', 'Visited Whitcombe last summer and had no idea. Will be looking up next time.', '6'],
  ['J Pendleton', 'Dendrochronology is one of the quiet triumphs of British science. More of this please.', '9'],
];
const tmFoot = [
  'Privacy & cookie policy',
  'Licensing',
  'Cookie settings',
  'Site map',
  'Topics',
  'Commissioning terms',
  'Terms and conditions',
  'Contact us',
  'Help',
  'The Times corrections',
  'Careers',
];
const tmCap = 'The timbers above the nave were matched against a tree-ring record that goes back more than a thousand years';
const tmCommentsHtml = tmComments
  .map(
    ([n, t, r]) => `<li class="comment" data-testid="comment"><div class="comment__header"><span class="comment__author">${n}</span>
<time class="comment__time">2 hours ago</time></div><p class="comment__body">${t}</p><div class="comment__actions"><button>Reply</button>
<button aria-label="Recommend"><span>${r}</span></button></div></li>`,
  )
  .join('\n');
const tmHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${tmTitle} | UK | The Times</title><meta name="description" content="${tmStandfirst}">
<link rel="canonical" href="https://www.thetimes.com/uk/history/article/cathedral-roof-timbers-king-john-ab12cd34e">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tmTitle}","datePublished":"2025-11-12T00:01:00.000Z",
"author":[{"@type":"Person","name":"Olivia Trent"}],"isAccessibleForFree":false,"publisher":{"@type":"Organization","name":"The Times"}}</script>
<style data-styled="active">.responsive__Paragraph-sc-1pktst5-0{margin:0 0 20px}.responsive__Credits-sc-kd2nl4-1{text-transform:uppercase}</style></head>
<body><div id="root"><div class="Masthead__Container-sc-u0wjgb-0"><a class="Masthead__Logo" href="https://www.thetimes.com/" aria-label="The Times">
<svg aria-hidden="true"></svg></a>
<a class="Masthead__Subscribe" href="https://www.thetimes.com/subscribe">Subscribe</a>
<a class="Masthead__Login" href="https://login.thetimes.com/">Log in</a></div>
<nav class="Navigation__Container-sc-9cnz8-0" aria-label="Sections"><ul>${links(tmNav, 'Navigation__Item')}</ul></nav>
<main id="main-content"><article class="responsive__ArticleContainer-sc-15gvuj2-0" data-testid="article">
<ol class="Breadcrumb__List" aria-label="Breadcrumb"><li><a href="https://www.thetimes.com/uk">UK</a></li><li>
<a href="https://www.thetimes.com/uk/history">History</a></li></ol>
<div class="responsive__HeadlineContainer-sc-3t8ix5-3">
<h1 role="heading" aria-level="1" data-testid="headline" class="responsive__Headline-sc-3t8ix5-2">${tmTitle}</h1></div>
<p class="responsive__StandfirstContainer-sc-3t8ix5-6" data-testid="standfirst">${tmStandfirst}</p>
<figure class="responsive__LeadAsset-sc-1jq3jmw-0"><div class="Image__Container">
<img src="https://www.thetimes.com/imageserver/image/whitcombe-nave.jpg?resize=1500"
 alt="Oak timbers of the cathedral roof"></div><figcaption class="responsive__CaptionContainer-sc-kd2nl4-0"><span>${tmCap}</span>
<span class="responsive__Credits-sc-kd2nl4-1">PAUL HARDING FOR THE TIMES</span></figcaption></figure>
<div class="responsive__BylineContainer-sc-3t8ix5-9" data-testid="byline">
<a class="Byline__Author" href="https://www.thetimes.com/profile/olivia-trent">Olivia Trent</a>,
 Arts Correspondent</div>
<div class="responsive__DatePublicationContainer-sc-3t8ix5-11">
<time datetime="2025-11-12T00:01:00.000Z">Wednesday November 12 2025, 12.01am GMT, The Times</time></div>
<div class="SaveAndShareBar__Container" data-testid="save-and-share-bar"><button aria-label="Share this article"><span>Share</span></button>
<button aria-label="Save this article"><span>Save</span></button><button aria-label="Gift this article"><span>Gift this article</span></button></div>
<div class="ArticleAudio__Container" data-testid="article-audio"><button>Listen to this article</button><span>00:00</span><span>/</span><span>4:12</span></div>
<div class="responsive__ArticleContent-sc-15gvuj2-3" data-testid="article-body">
${tmBody
  .slice(0, 4)
  .map((p) => `<div class="responsive__Paragraph-sc-1pktst5-0"><p>${p}</p></div>`)
  .join('\n')}
<div class="AdContainer__Slot" data-testid="ad-inline"><span class="AdContainer__Label">Advertisement</span></div>
${tmBody
  .slice(4)
  .map((p) => `<div class="responsive__Paragraph-sc-1pktst5-0"><p>${p}</p></div>`)
  .join('\n')}
</div>
<section class="RelatedArticles__Container" data-testid="related-articles"><h3 class="RelatedArticles__Title">Related articles</h3>
<ul>${links(tmRelated, 'RelatedArticles__Item')}</ul></section>
<section class="Comments__Container" id="comments" data-testid="comments"><h3 class="Comments__Title">Comments (3)</h3>
<p class="Comments__Guidelines">Comments are subject to our community guidelines, which can be viewed here.</p>
<div class="Comments__Sort"><button>Newest</button><button>Oldest</button><button>Most recommended</button></div>
<ul class="Comments__List">${tmCommentsHtml}</ul></section></article></main>
<footer class="Footer__Container"><ul>${links(tmFoot, 'Footer__Link')}</ul>
<p class="Footer__Copyright">© Times Media Limited 2025.</p>
<p class="Footer__Registered">Registered in England No. 894646. Registered office: 1 London Bridge Street, SE1 9GF.</p></footer></div>
<script>window.__PRELOADED_STATE__ = {"article":{"id":"ab12cd34e","section":"uk","label":"History","isPremium":true},"user":{"isLoggedIn":false}};</script>
<script src="https://www.thetimes.com/assets/client.8f2c1a.js" defer></script>
</body></html>`;
export const timesArticle: TestPage = {
  html: tmHtml,
  name: 'heldout65-times-uk-article',
  kind: 'news',
  // the standfirst is body; no section headings. Bylines: the author, ", Arts Correspondent" (her role, in the byline
  // element: "," in neither) and the "<date>, The Times" line. Furniture: the breadcrumb ("UK" once, with the nav), the
  // caption and credit, the share/save/gift row, the audio player and its time, ad label, "Related articles", the comments
  // (reader comments on a news page: heading, guidelines, sort buttons, names, times, texts and "Reply"; the recommend
  // counts and the player's "00:00" and "/" are left out as bare numbers and marks), masthead, nav and footer. The sort
  // button "Oldest" is a word of the body: left out ("Comment", "Home", "UK" and "History" are not: kept)
  title: tmTitle,
  headings: [],
  body: [tmStandfirst, ...texts(tmBody)],
  bylines: ['Olivia Trent', 'Arts Correspondent', 'Wednesday November 12 2025, 12.01am GMT, The Times'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Log in', ...tmNav, 'History', tmCap, 'PAUL HARDING FOR THE TIMES', 'Share', 'Save', 'Gift this article',
    'Listen to this article', '4:12', 'Advertisement', 'Related articles', ...tmRelated, 'Comments (3)',
    'Comments are subject to our community guidelines, which can be viewed here.', 'Newest', 'Most recommended',
    ...tmComments.map((c) => c[0]), ...tmComments.map((c) => c[1]), '2 hours ago', 'Reply', ...tmFoot, '© Times Media Limited 2025.',
    'Registered in England No. 894646. Registered office: 1 London Bridge Street, SE1 9GF.',
  ],
};
