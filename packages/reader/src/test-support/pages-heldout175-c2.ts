import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 175, file c2: a HistoryLink.org essay (the logo and tagline, the main menu with "Donate", the search
 * box, the "HistoryLink.org Essay 23118" number line with the printer-friendly link, the h1, the "By ... Posted ..." line,
 * photos with captions and credits, the essay with its h3 section heads, the "Sources:" paragraph, the licensing note,
 * the image gallery, the "Related Topics" and "Related Essays" rails, the membership appeal, the "This Week in Washington
 * History" sign-up and the footer).
 */
const hlTitle = 'Carlin Ferry Landing (Skagit County) -- Thumbnail History';
const hlP1 = [
  'Carlin Ferry Landing, on the north bank of the Skagit River about four miles above its mouth, was for half a century the busiest ' +
    'river crossing in Skagit County. A scow ferry began running there in 1883, a store and hotel followed, and by 1900 the landing ' +
    'had a post office, a creamery and a school. The opening of the Riverside highway bridge in 1931 ended the ferry, and within a ' +
    'generation most of the buildings were gone. Today a county boat launch and a historical marker are all that remain.',
];
const hlH1 = 'The Ferry';
const hlP2 = [
  'Ole Carlin (1849-1921), a Norwegian immigrant who had worked on Puget Sound steamers, filed a homestead claim at the site in ' +
    '1881. Farmers on the delta had no way across the river except by rowboat, and in 1883 Carlin built a flat-bottomed scow ' +
    'large enough to carry a wagon and team, pulled across on a cable strung between two cedar snags. He charged 25 cents for a ' +
    'wagon and a nickel for a person on foot.',
  'The ferry was a success from the start. In 1890 the county took it over and paid Carlin a salary to run it, and in 1908 it ' +
    'was replaced by a gasoline-powered boat that could carry two automobiles. Floods regularly tore the cable loose; the ' +
    'high water of November 1909 carried the ferry more than a mile downstream, and it was two weeks before service resumed.',
];
const hlH2 = 'A Small Town';
const hlP3 = [
  'A landing where travelers waited for the ferry was a natural place for trade. Carlin\u2019s son-in-law, Anders Lund, opened a ' +
    'general store in 1888, and the two-story Landing Hotel was built in 1893. The Carlin Ferry post office opened in 1895. The ' +
    'Skagit Valley Creamery Association built a creamery beside the dock in 1902, and steamboats from Mount Vernon stopped ' +
    'twice a week to take on butter and cream for Seattle.',
  'At its peak, around 1912, the community had about 150 residents, a one-room school with 38 pupils, a Lutheran church and a ' +
    'dance hall above the store that was the scene of lively Saturday nights.',
];
const hlH3 = 'The Bridge and After';
const hlP4 = [
  'As automobile traffic grew in the 1920s, the ferry became a bottleneck, with lines of cars backed up for half a mile on summer ' +
    'weekends. The state built the Riverside bridge two miles upstream, and when it opened on August 14, 1931, the ferry made its ' +
    'last crossing the same afternoon. The creamery closed in 1936 and the post office in 1940. The hotel burned in 1947.',
  'In 1988 Skagit County bought the old landing for a boat launch, and in 2009 the Skagit Delta Historical Society placed a ' +
    'marker at the site, near one of the cedar snags that once anchored the ferry cable.',
];
const hlSources =
  'Sources: Evelyn Tharp, River Crossings of the Skagit Delta (Mount Vernon: Skagit Delta Historical Society, 1994); "Ferry Service ' +
  'Ends at Carlin," Skagit Valley Herald, August 15, 1931, p. 1; Skagit County Commissioners, Minutes, 1890-1931, Skagit County ' +
  'Archives, Mount Vernon.';
const hlEssay = 'HistoryLink.org Essay 23118';
const hlBy = 'By Daniel Okafor-Pratt';
const hlPosted = 'Posted 3/11/2025';
const hlMenu = ['Home', 'Browse', 'Search', 'Education', 'People\u2019s History', 'Timeline', 'Cybertours', 'About', 'Donate'];
const hlCaptions = [
  'Carlin Ferry with wagon and team, Skagit River, ca. 1895',
  'Courtesy Skagit Delta Historical Society',
  'Landing Hotel and Lund store, Carlin Ferry, ca. 1910',
  'Courtesy Mount Vernon Public Library',
];
const hlLicense =
  'Licensing: This essay is licensed under a Creative Commons license that encourages reproduction with attribution. Credit ' +
  'should be given to both HistoryLink.org and to the author, and sources must be included with any reproduction.';
const hlTopics = ['Transportation -- Ferries', 'Communities & Neighborhoods -- Skagit County', 'Rivers & Waterways'];
const hlRelated = ['Mount Vernon -- Thumbnail History', 'Skagit River floods of 1909', 'Riverside Bridge opens on August 14, 1931'];
const hlAppeal = 'HistoryLink is free to all, but not free to produce. Become a member today and help us keep it that way.';
const hlWeekly = ['This Week in Washington History', 'Sign up for our free weekly email', 'Email address', 'Subscribe'];
const hlFoot = ['Contact Us', 'Privacy Policy', 'Staff & Board', 'Sponsors', 'Terms of Use'];
const hlCopy = 'HistoryLink.org is a 501(c)(3) nonprofit organization. © 1998-2025 History Ink/HistoryLink.org. All rights reserved.';
const hlFig = (i: number, img: string): string => `<div class="essay-image"><img src="/Content/Media/Photos/Large/${img}.jpg" alt="">
<div class="caption"><span class="caption-text">${hlCaptions[i]}</span><br><span class="credit">${hlCaptions[i + 1]}</span></div></div>`;
const hlHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Carlin Ferry Landing (Skagit County) -- Thumbnail History - HistoryLink.org</title>
<meta name="description" content="Carlin Ferry Landing, on the north bank of the Skagit River, was for half a century the busiest river
crossing in Skagit County.">
<meta property="og:title" content="Carlin Ferry Landing (Skagit County) -- Thumbnail History"><meta property="og:site_name" content="HistoryLink.org">
<link href="/Content/css/site.min.css" rel="stylesheet"><script src="/bundles/modernizr"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HL11"></script></head>
<body><div class="site-wrap">
<header class="site-header"><a class="logo" href="/"><img src="/Content/images/hl-logo.png" alt="HistoryLink.org"></a>
<p class="tagline">the Free Online Encyclopedia of Washington State History</p>
<nav class="main-nav" aria-label="Main"><ul>${links(hlMenu)}</ul></nav>
<form class="site-search" action="/Search/Results"><input type="text" name="Keyword" placeholder="Search HistoryLink"><button type="submit">Go</button></form>
</header>
<div class="container"><div class="row"><div class="col-md-8" id="essay">
<div class="essay-number">${hlEssay} : <a href="/File/Print/23118">Printer-Friendly Format</a></div>
<h1>${hlTitle}</h1>
<div class="author">${hlBy}</div><div class="date">${hlPosted}</div>
<div class="essay-body">
${hlFig(0, '23118-1')}
${ps(hlP1)}
<h3>${hlH1}</h3>
${ps(hlP2)}
<h3>${hlH2}</h3>
${hlFig(2, '23118-2')}
${ps(hlP3)}
<h3>${hlH3}</h3>
${ps(hlP4)}
</div>
<div class="sources"><p>${hlSources}</p></div>
<div class="licensing"><p><em>${hlLicense}</em></p></div>
</div>
<aside class="col-md-4 sidebar"><div class="panel"><h4>Related Topics</h4><ul>${links(hlTopics)}</ul></div>
<div class="panel"><h4>Related Essays</h4><ul>${links(hlRelated)}</ul></div>
<div class="panel support"><h4>Support HistoryLink</h4><p>${hlAppeal}</p><a class="btn" href="/Membership">Become a Member</a></div>
<div class="panel weekly"><h4>${hlWeekly[0]}</h4><p>${hlWeekly[1]}</p><label for="tw-email">${hlWeekly[2]}</label><input id="tw-email" type="email">
<button type="submit">${hlWeekly[3]}</button></div></aside></div></div>
<footer class="site-footer"><ul>${links(hlFoot)}</ul><p>${hlCopy}</p></footer></div>
<script src="/bundles/jquery"></script><script src="/bundles/site"></script></body></html>`;
export const historyLinkPage: TestPage = {
  html: hlHtml,
  name: 'heldout175-historylink-essay',
  kind: 'wiki',
  // the essay number line is furniture; the "Sources:" paragraph is a part of the essay (body), the licensing note furniture
  title: hlTitle,
  headings: [hlH1, hlH2, hlH3],
  body: texts([...hlP1, ...hlP2, ...hlP3, ...hlP4, hlSources]),
  bylines: [hlBy, hlPosted],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'the Free Online Encyclopedia of Washington State History', ...hlMenu, 'Go', `${hlEssay} : Printer-Friendly Format`, ...hlCaptions, hlLicense,
    'Related Topics', ...hlTopics, 'Related Essays', ...hlRelated, 'Support HistoryLink', hlAppeal, 'Become a Member', ...hlWeekly, ...hlFoot, hlCopy,
  ],
};
