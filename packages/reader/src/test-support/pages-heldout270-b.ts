import { links, type TestPage, texts } from './page-kit.js';
import { halyard } from './pages-heldout270-b2.js';
import { j } from './pages-heldout270-kit.js';

/**
 * Held-out batch 270, file b: a BBC-style mobile news article (an invented broadcaster on the "ssrcss" component template:
 * the mobile header with its "More menu", the consent banner, the byline block with time and contributor, image blocks
 * with "Image source" and "Image caption" labels, a links block "More on this story", the related topics, the "Top
 * stories" rail and the footer) and, from file b2, a Reuters-style mobile article with a sticky app banner.
 */
const bTitle = "Village bus route restored after pensioners' year-long campaign";
const bIntro = [
  j(
    '<b>A rural bus route that was cut last spring will return next month, after a campaign by pensioners who said they had',
    'been left unable to reach their doctor or the shops.</b>',
  ),
  j(
    'The 47 service between Llanfarren and the market town of Pont Aderyn was withdrawn in April when its operator said it was',
    'carrying too few passengers to cover its costs.',
  ),
  j(
    'Residents collected more than 2,300 signatures, held weekly meetings in the village hall and travelled to the county',
    'council chamber to lobby councillors in person.',
  ),
];
const bH1 = 'Two buses a day';
const bP1 = [
  j(
    'Under the new arrangement, the council will pay a subsidy of £84,000 a year for two years to a community transport',
    'group, which will run a smaller 16-seat vehicle on the route.',
  ),
  'There will be two return journeys a day on weekdays and one on Saturdays, timed to meet the morning surgery and the weekly market.',
  j(
    '"It is not what we had before, but it is a lifeline," said Gwenllian Rowe, 78, who chaired the campaign group. "Some of us',
    'had not been to town since Easter."',
  ),
];
const bH2 = '"Isolated and forgotten"';
const bP2 = [
  j('During the campaign, residents without cars described paying up to £30 for a taxi to hospital appointments, or relying on', 'neighbours for lifts.'),
  j("A survey by the campaign found that 61 of the village's 190 households had no car, and that two-thirds of those were headed", 'by someone over 70.'),
  j(
    'Cabinet member for transport Ieuan Pritchard said the council had been "moved by the determination" of the residents, but',
    'warned that the service would be reviewed if passenger numbers did not rise.',
  ),
];
const bQuote = 'We have to be honest that this money is borrowed from other budgets, and the route has to earn its place.';
const bH3 = 'Wider pressure on rural routes';
const bP3 = [
  j(
    'Across the county, 11 bus routes have been cut or reduced since 2023, according to figures from the regional transport',
    'body, as operators struggle with higher fuel and staff costs.',
  ),
  j(
    'Campaigners in two other villages, Cwm Tarren and Bryn Elis, said they would now press for similar arrangements. The',
    'community transport group said it was recruiting volunteer drivers and hoped to add a Sunday journey in the summer.',
  ),
  'The first bus is due to leave Llanfarren at 08:40 on 6 April.',
];
const bNav = ['Home', 'News', 'Sport', 'Weather', 'Sounds', 'Bitesize'];
const bSub = ['Wales', 'Politics', 'Cymru Fyw', 'North West Wales', 'South East Wales'];
const bMore = ['Council considers rescue plan for village bus', 'Rural bus passengers face longer waits, report finds'];
const bTopics = ['Public transport', 'Rural Wales', 'Bus travel'];
const bTop = ['Ferry strike talks to resume on Monday', 'Reservoir levels lowest for a decade after dry winter', 'Hospital car parking charges to be scrapped'];
const bFoot = ['Terms of Use', 'About the ABN', 'Privacy Policy', 'Cookies', 'Accessibility Help', 'Parental Guidance', 'Contact the ABN', 'Advertise with us'];
const tb = (xs: readonly string[]): string =>
  xs
    .map(
      (x) => `<div data-component="text-block" class="ssrcss-uf6wea-RichTextComponentWrapper ep2nwvo0">
<div class="ssrcss-7uxr49-RichTextContainer e5tfeyi1"><p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10">${x}</p></div></div>`,
    )
    .join('\n');
const sh = (h: string): string => `<div data-component="subheadline-block" class="ssrcss-uf6wea-RichTextComponentWrapper ep2nwvo0">
<h2 class="ssrcss-y12p9-StyledHeading e10rt3ze0">${h}</h2></div>`;
const img = (src: string, credit: string, cap: string): string => `<div data-component="image-block" class="ssrcss-uf6wea-RichTextComponentWrapper ep2nwvo0">
<figure class="ssrcss-1p86fjt-StyledFigure e34k3c23"><div class="ssrcss-ab5fd8-StyledFigureContainer e34k3c21">
<span class="ssrcss-hz6tgq-ImageCopyrightWrapper e34k3c22"><span role="text">
<span class="ssrcss-1sdn8ve-VisuallyHidden e16en2lz0">Image source, </span>${credit}</span></span>
<img src="https://ichef.abn.example/news/480/cpsprodpb/${src}.jpg" width="976" alt="" class="ssrcss-1drmwog-Image edrdn950"></div>
<figcaption class="ssrcss-tvuve0-StyledFigureCaption e34k3c20"><span class="ssrcss-1sdn8ve-VisuallyHidden e16en2lz0">Image caption, </span>${cap}</figcaption>
</figure></div>`;
const bHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bTitle} - ABN News</title><meta name="description" content="A rural bus route that was cut last spring will return next month.">
<meta property="og:title" content="${bTitle}"><meta property="og:type" content="article"><meta name="twitter:site" content="@ABNWales">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle","headline":"${bTitle}",
"datePublished":"2026-03-03T06:02:14.000Z","dateModified":"2026-03-03T06:02:14.000Z","author":{"@type":"Person","name":"Tamsin Reed"},
"publisher":{"@type":"NewsMediaOrganization","name":"ABN News"}}</script>
<script>window.__INITIAL_DATA__="{\\"data\\":{\\"article\\":{\\"id\\":\\"c4g7x2lmn1eo\\"}}}";</script></head>
<body><div id="__next"><div class="ssrcss-1pm5n1d-Wrapper"><a href="#main-content" class="ssrcss-1t5eo0x-SkipLink e1d6xluq1">Skip to content</a>
<header data-testid="header-mobile" class="ssrcss-1n2mld0-GlobalNavigationWrapper"><nav aria-label="ABN"><a href="https://www.abn.example/"
class="ssrcss-1gx1ycj-BrandingLink"><svg><title>ABN Homepage</title></svg></a>
<a href="https://account.abn.example/signin" class="ssrcss-1ag2n6m-AccountLink">Sign in</a>
<button aria-expanded="false" class="ssrcss-1o8ir63-MoreMenuButton"><span class="ssrcss-1sdn8ve-VisuallyHidden">More menu</span></button>
<ul role="list" class="ssrcss-1v1uyu0-StyledList">${links(bNav, 'ssrcss-j6v8cc-StyledMenuItem')}</ul>
<a href="/search" class="ssrcss-1yb9ay8-SearchLink">Search ABN</a></nav>
<nav aria-label="News" class="ssrcss-1f4ge4s-SecondaryNavigation"><ul>${links(bSub, 'ssrcss-xp8dpz-StyledSecondaryMenuItem')}</ul></nav></header>
<main id="main-content" data-testid="main-content" class="ssrcss-1hxzyjo-Main"><article class="ssrcss-pv1rh6-ArticleWrapper e1nh2i2l5">
<header data-component="headline-block" class="ssrcss-1eqcsb1-HeadingWrapper e1nh2i2l4">
<h1 id="main-heading" type="headline" tabindex="-1" class="ssrcss-1s9pby4-Heading e10rt3ze0"><span role="text">${bTitle}</span></h1></header>
<div data-component="byline-block" class="ssrcss-1v6rvxk-StyledComponentWrapper"><div class="ssrcss-1bwa2lh-MetadataStripContainer">
<time data-testid="timestamp" datetime="2026-03-03T06:02:14.000Z" class="ssrcss-1if1g9v-MetadataText">3 hours ago</time></div>
<div data-testid="byline-new-contributors" class="ssrcss-68pt20-Text-TextContributorName"><span class="ssrcss-hfbdgv-Contributor">Tamsin Reed</span>
<div class="ssrcss-84ltp5-Text">ABN Wales, Llanfarren</div></div>
<div class="ssrcss-1b3v3g8-ShareSaveWrapper"><button class="ssrcss-1kkv6o4-ShareButton">Share</button><button class="ssrcss-rbg0c1-SaveButton">Save</button>
</div></div>
${img('a1f0/live/bus-stop', 'Tamsin Reed/ABN', 'The bus shelter in Llanfarren has stood unused since last April')}
${tb(bIntro)}
${sh(bH1)}
${tb(bP1)}
${img('7c2e/live/campaigners', 'Llanfarren Bus Action', 'Campaigners took their petition to the county council chamber in November')}
${sh(bH2)}
${tb(bP2)}
<div data-component="text-block" class="ssrcss-uf6wea-RichTextComponentWrapper"><blockquote class="ssrcss-1k1cgm0-Blockquote">
<p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10">${bQuote}</p></blockquote></div>
<div data-component="links-block" class="ssrcss-1dgxzfi-LinksBlockWrapper"><h2 class="ssrcss-1u0m1uh-LinksHeading">More on this story</h2>
<ul role="list">${links(bMore, 'ssrcss-1mpq0ww-ListItem')}</ul></div>
${sh(bH3)}
${tb(bP3)}
<div data-component="tag-list" class="ssrcss-1qmkvfu-TopicListWrapper"><h2 class="ssrcss-1tmcnfb-Heading">Related topics</h2>
<ul role="list" class="ssrcss-1ca8i0x-TopicList">${links(bTopics, 'ssrcss-1b3ylm6-TopicListItem')}</ul></div></article>
<section data-component="top-stories" class="ssrcss-1y8lctq-Section"><h2 class="ssrcss-u0zcmk-Heading">Top stories</h2>
<ul role="list">${links(bTop, 'ssrcss-bvaqbs-PromoItem')}</ul></section></main>
<footer class="ssrcss-1kyz4ia-FooterWrapper"><ul class="ssrcss-l2t6mm-StyledList">${links(bFoot)}</ul>
<p class="ssrcss-1ajn8ul-Copyright">Copyright 2026 ABN. The ABN is not responsible for the content of external sites.
<a href="/help/web/links">Read about our approach to external linking.</a></p></footer></div></div>
<div id="consent-banner" class="ssrcss-1d9lb3p-ConsentBanner" role="dialog"><h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p>
<button>Yes, I agree</button><a href="/usingthebbc/cookies/">No, take me to settings</a></div>
<script src="https://static.files.abn.example/ws/nav/3.1.0/orbit.js" async></script></body></html>`;
const bbcMobile: TestPage = {
  name: 'heldout270-bbc-style-mobile-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2, bH3],
  body: texts([...bIntro, ...bP1, ...bP2, bQuote, ...bP3]),
  bylines: ['3 hours ago', 'Tamsin Reed', 'ABN Wales, Llanfarren'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'ABN Homepage', 'Sign in', 'More menu', ...bNav, 'Search ABN', ...bSub, 'Share', 'Save', 'Image source, Tamsin Reed/ABN',
    'Image caption, The bus shelter in Llanfarren has stood unused since last April', 'Image source, Llanfarren Bus Action',
    'Image caption, Campaigners took their petition to the county council chamber in November', 'More on this story', ...bMore,
    'Related topics', ...bTopics, 'Top stories', ...bTop, ...bFoot,
    'Copyright 2026 ABN. The ABN is not responsible for the content of external sites.', 'Read about our approach to external linking.',
    'Let us know you agree to cookies', 'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.',
    'Yes, I agree', 'No, take me to settings',
  ],
};

export const HELDOUT270_B: readonly TestPage[] = [bbcMobile, halyard];
