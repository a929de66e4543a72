import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 154, file a2: a Wall Street Journal news story on its Next.js article template (emotion "css-" classes,
 * the top bar with "Subscribe" and "Sign In", the section nav, the flashline and the dek, the byline with "Follow", the
 * "Listen" audio button, "Share", "Resize" and "Gift unlocked article" tools, a lead image with caption and credit, a
 * subhead and "Advertisement" slots inside the body, the "Write to ..." line and the print-edition note after the body,
 * "Videos", "Most Popular News" and "What to Read Next" rails, the conversation link and the footer).
 */
const wsTitle = 'Freight Railroads Brace for Grain Glut as Midwest Harvest Smashes Records';
const wsDek = 'Carriers are adding crews and locomotives, but shippers worry bottlenecks will push up costs for farmers';
const wsParas = [
  'The biggest corn and soybean harvest on record is heading for the rails, and the nation’s freight railroads are scrambling to ' + 'keep up.',
  'Northern Plains Railway and Keystone Pacific, which together haul roughly two-thirds of the grain moved by rail west of the ' +
    'Mississippi River, said this week they were recalling furloughed crews, pulling stored locomotives back into service and leasing ' +
    'hundreds of extra covered hopper cars ahead of a surge they expect to peak in late October.',
  'The Agriculture Department this month raised its corn forecast to 16.4 billion bushels, about 7% above last year’s crop, ' +
    'citing ideal growing weather across Iowa, Illinois and Nebraska. Soybean output is also expected to set a record.',
  '“We’ve planned for a big year, but this is bigger than big,” said Dana Whitfield, Northern Plains’ vice president for ' +
    'agricultural products. “Every car we can find is going to be on the move.”',
  'Shippers aren’t convinced the railroads will be ready. In a letter to the Surface Transportation Board last week, a coalition of ' +
    'grain elevator operators said secondary rail-car prices, which farmers and elevators pay to secure cars on short notice, had ' +
    'already jumped to more than $1,200 a car in some markets, from near zero in the spring.',
];
const wsSub = 'Lessons from 2022';
const wsParas2 = [
  'Memories of the last crunch still loom. Three years ago, a smaller harvest collided with staffing shortages that railroads had ' +
    'created by cutting thousands of jobs, and trains carrying grain sat idle for days. Some elevators ran out of storage and piled ' +
    'corn on the ground.',
  'Railroad executives say they have learned from that episode. Keystone Pacific has hired about 1,100 train and engine workers ' +
    'since the start of last year, according to company filings, and has kept a reserve fleet of locomotives rather than selling them.',
  '“The network is far more fluid than it was,” Keystone Pacific Chief Executive Marcus Oyelaran said on a call with analysts in ' +
    'July. He said average train speeds on the company’s network were up 9% from a year earlier.',
  'Analysts say the railroads also have a financial incentive to move the crop quickly. Grain is one of the few freight categories ' +
    'growing this year, as shipments of coal and consumer goods have softened.',
  '“Grain is going to be the bright spot in the third and fourth quarter for both carriers,” said Priya Raman, a transportation ' +
    'analyst at Halvorsen Securities. “The question is whether they can move it without service falling apart.”',
  'For farmers, the stakes are high. Prices for corn have fallen roughly 15% since spring on expectations of a big crop, and higher ' +
    'transportation costs eat directly into what growers receive at the local elevator.',
  'Tom Erickson, who farms 2,400 acres near Mankato, Minn., said his local elevator had already warned it might stop accepting ' +
    'corn for a few days at a time if trains don’t show up as scheduled.',
  '“You can have the best crop of your life and still lose money on it if you can’t get it to market,” he said.',
];
const wsWrite = 'Write to Laura Brandt at laura.brandt@wsj.example';
const wsPrint = "Appeared in the September 26, 2025, print edition as 'Railroads Brace for Record Harvest'.";
const wsNav = [
  'World',
  'Business',
  'U.S.',
  'Politics',
  'Economy',
  'Tech',
  'Markets & Finance',
  'Opinion',
  'Arts',
  'Lifestyle',
  'Real Estate',
  'Personal Finance',
];
const wsTools = ['Share', 'Resize', 'Gift unlocked article', 'Listen', '(6 min)'];
const wsCaption = 'Covered hopper cars waiting to be loaded with corn at an elevator near Fremont, Neb.';
const wsCredit = 'Photo: Gabriel Ostrowski for The Wall Street Journal';
const wsVideos = ['How a Record Harvest Strains America’s Rail Network', 'Why Grain Prices Keep Falling Even as Costs Rise'];
const wsPopular = [
  'Fed Officials Signal Patience on Further Rate Cuts',
  'The Office-to-Apartment Conversion Boom Is Running Out of Buildings',
  'Airlines Scale Back Winter Schedules as Jet Deliveries Slip',
  'Retailers Pull Forward Holiday Orders to Beat New Tariffs',
];
const wsNext = [
  'Keystone Pacific Profit Rises on Higher Shipments of Grain and Autos',
  'Farmers Face a Bumper Crop and Bottom-Basement Prices',
  'Rail Regulators Weigh New Rules on Service Standards',
];
const wsFoot = ['Subscriber Agreement & Terms of Use', 'Privacy Notice', 'Cookie Notice', 'Customer Center', 'Contact Us', 'Help', 'Your Ad Choices'];
const wsCopy = 'Copyright ©2025 Dow Jones & Company, Inc. All Rights Reserved.';
const wsCss = 'css-k3zb6l-Paragraph e1e4oisd0';
const wsP = (a: readonly string[]): string => a.map((p) => `<p data-type="paragraph" class="${wsCss}">${p}</p>`).join('\n');
const wsAd = (n: number): string =>
  `<div class="css-1ulm0mw" data-testid="ad-container"><div class="css-ugmvaa">Advertisement</div>
<div id="wrapper-AD_${n}" class="uds-ad-container"></div></div>`;
const wsLd = `{"@context":"http://schema.org","@type":"NewsArticle","headline":"${wsTitle}","description":"${wsDek}",
"datePublished":"2025-09-25T05:30:00.000Z","dateModified":"2025-09-25T14:11:00.000Z","author":[{"@type":"Person","name":"Laura Brandt"}],
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}`;
const wsHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Freight Railroads Brace for Grain Glut as Midwest Harvest Smashes Records - WSJ</title>
<meta name="description" content="${wsDek}"><meta property="og:title" content="${wsTitle}"><meta property="og:type" content="article">
<meta name="article.section" content="Business"><meta name="article.type" content="Logistics Report"><meta name="page.content.type" content="article">
<meta name="author" content="Laura Brandt"><meta name="article.published" content="2025-09-25T05:30:00.000Z">
<link rel="canonical" href="https://www.wsj.example/business/logistics/freight-railroads-grain-harvest-7a1c3e9d">
<script type="application/ld+json">${wsLd}</script>
<script id="utag_data">var utag_data = {"page_content_type":"Article","page_section":"Business","article_id":"WP-WSJ-0001842277"};</script>
<link rel="stylesheet" href="/_next/static/css/a41c0d3e2f8b.css"></head>
<body><div id="__next"><div class="css-1brjh3a"><a href="#main" class="css-1lbh7yj">Skip to Main Content</a><a href="#footer" class="css-1lbh7yj">Skip to...</a>
<header class="css-iavusq" data-testid="header"><div class="css-1ljdkmh"><button class="css-ofe0e0" aria-label="Open Menu">
<svg aria-hidden="true"></svg></button><a href="/" class="css-14mp6o8" aria-label="The Wall Street Journal"><svg aria-hidden="true"></svg></a>
<div class="css-1p5ibbl"><a href="https://store.wsj.example/" class="css-1r7nz5a">Subscribe</a>
<a href="https://sso.accounts.dowjones.example/login" class="css-1r7nz5a">Sign In</a></div></div>
<nav class="css-1pr5nlg" aria-label="Primary"><ul class="css-1vtv1vf">${links(wsNav, 'css-kt4zxr')}</ul></nav></header>
<main id="main" class="css-4eyfzu"><article class="css-jjw7sw" data-id="WP-WSJ-0001842277">
<div class="css-1st0ofk"><div class="css-1mbd1jb"><a href="/business/logistics" class="css-wbaf9l">Logistics Report</a></div>
<h1 class="css-1lvqw7f-StyledHeadline e1ipbpvp0">${wsTitle}</h1>
<h2 class="css-jiugt2-Dek-Dek e1jnru6p0">${wsDek}</h2></div>
<div class="css-lt0m3b"><div class="css-1h7azug" data-testid="byline"><span class="css-1whw2ka">By </span>
<a href="/news/author/laura-brandt" class="css-a8sw7d">Laura Brandt</a> <button class="css-1tmdofq" type="button">Follow</button></div>
<p class="css-1d1iyqv"><time datetime="2025-09-25T14:11:00.000Z">Updated Sept. 25, 2025 10:11 am ET</time></p></div>
<div class="css-1bfslrc" data-testid="article-toolbar"><button class="css-u4sb5b" type="button"><span>${wsTools[3]}</span> <span>${wsTools[4]}</span></button>
<button class="css-1w0w2sr" type="button">${wsTools[0]}</button><button class="css-1w0w2sr" type="button">${wsTools[1]}</button>
<button class="css-1y5ndg" type="button">${wsTools[2]}</button></div>
<figure class="css-1p1t1m4"><img src="https://images.wsj.example/im-918274?width=1280&amp;size=1.5" alt="" width="1280" height="853">
<figcaption class="css-1c3jbxh"><span class="css-1rdt0jo">${wsCaption}</span> <span class="css-7jz429">${wsCredit}</span></figcaption></figure>
<section class="css-1f2q6n7 paywall" data-testid="article-body">
${wsP(wsParas.slice(0, 3))}
${wsAd(1)}
${wsP(wsParas.slice(3))}
<h2 class="css-1ne4x3l-Subhed e1ohj2tu0" data-type="hed">${wsSub}</h2>
${wsP(wsParas2.slice(0, 4))}
${wsAd(2)}
${wsP(wsParas2.slice(4))}
<p data-type="paragraph" class="${wsCss}"><strong>${wsWrite.replace(
  'laura.brandt@wsj.example',
  '<a href="mailto:laura.brandt@wsj.example">laura.brandt@wsj.example</a>',
)}</strong></p>
</section>
<p class="css-17x5lw">${wsPrint}</p>
<div class="css-1lm7oyg"><a href="#comments" class="css-5ufw8x">Show Conversation (187)</a></div>
</article>
<aside class="css-19nmy5x" aria-label="Related content"><section class="css-1j8f9eh"><h2 class="css-19wv9hk">Videos</h2>
<ul>${links(wsVideos, 'css-7r8dc')}</ul></section>
<section class="css-1j8f9eh"><h2 class="css-19wv9hk">Most Popular News</h2><ol>${links(wsPopular, 'css-7r8dc')}</ol></section>
${wsAd(3)}</aside>
<section class="css-1vgjt6s"><h2 class="css-19wv9hk">What to Read Next</h2><ul>${links(wsNext, 'css-1yy8gwz')}</ul></section>
</main>
<footer id="footer" class="css-1ybzbgq"><ul class="css-1ucz8mz">${links(wsFoot, 'css-p1ttg1')}</ul><p class="css-1jhdxn6">${wsCopy}</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":"WP-WSJ-0001842277"}},"page":"/articles/[slug]"}</script>
<script src="/_next/static/chunks/pages/articles/%5Bslug%5D-3be1e8a.js" defer></script></body></html>`;
export const wsjPage: TestPage = {
  html: wsHtml,
  name: 'heldout154-wsj-news',
  kind: 'news',
  // the dek is body; the "Write to" contact line is a byline; the print-edition note is furniture
  title: wsTitle,
  headings: [wsSub],
  body: [wsDek, ...texts(wsParas), ...texts(wsParas2)],
  bylines: ['By Laura Brandt', 'Updated Sept. 25, 2025 10:11 am ET', wsWrite],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Skip to...', 'Subscribe', 'Sign In', ...wsNav, 'Logistics Report', 'Follow', ...wsTools, wsCaption, wsCredit,
    'Advertisement', wsPrint, 'Show Conversation (187)', 'Videos', ...wsVideos, 'Most Popular News', ...wsPopular, 'What to Read Next',
    ...wsNext, ...wsFoot, wsCopy,
  ],
};
