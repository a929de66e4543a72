import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghostTeaching } from './pages-heldout220-c2.js';
import { dedupe } from './pages-heldout220-kit.js';

/**
 * Held-out batch 220, file c: a synagogue's weekly Torah portion post ("Rabbi's Blog") on a ShulCloud congregation site
 * (the utility bar with Login, Donate and the Hebrew date, the main menu, the blog post's date and author line inside the
 * page content, a Shabbat times box and a "this week's parashah" box around the text, the AddThis-style share strip, the
 * "Recent Posts" side column, a Kiddush sponsorship notice and the footer) and, from file c2, a Buddhist teaching article on
 * a Ghost (Casper) site.
 */
const tpTitle = 'Parashat Beha’alotecha: Carrying the Light Down the Steps';
const tpP1 = [
  'Our portion opens with an odd instruction. Aaron is told that when he lights the lamps of the menorah, the seven lamps should give ' +
    'their light toward the front of the lampstand. Rashi adds a detail that has always stayed with me: there were steps in front of ' +
    'the menorah, and Aaron would stand on them to tend the lamps.',
  'The Hebrew for “when you light” is beha’alotecha, literally “when you raise up.” The rabbis noticed the word and asked what is being ' +
    'raised. One answer is the flame. Another is the person lighting it.',
];
const tpH1 = 'Until the flame rises by itself';
const tpP2 = [
  'Rashi explains that Aaron had to hold the fire to the wick until the flame rose up by itself. It is not enough to touch the wick ' +
    'and walk away. You stay until the light can stand on its own.',
  'I think about this every September when our b’nai mitzvah families begin their year of study. The goal is not that a thirteen- ' +
    'year-old can chant a portion once, perfectly, on a Saturday morning in May. The goal is a flame that keeps burning after the ' +
    'tutor, the rabbi and the party planner have gone home.',
  'That takes patience from all of us. It means teachers who stay with the wick a little longer, and parents who keep lighting candles ' +
    'on Friday night even when the teenagers roll their eyes.',
];
const tpH2 = 'Going down to go up';
const tpP3 = [
  'Later in the portion the people complain. They remember the fish they ate in Egypt, the cucumbers, the melons, the leeks, the ' +
    'onions and the garlic. Moses is so worn down that he asks God to take his life rather than carry them any further.',
  'It is a jarring turn, from the glowing menorah to a camp full of grumbling. But perhaps the two belong together. The priest who ' +
    'climbs the steps to light the lamps has to come back down again, into the noise and the hunger and the disappointment. Light is ' +
    'not only for the sanctuary.',
];
const tpH3 = 'Questions for the Shabbat table';
const tpList = [
  'Who held the flame for you until it could burn by itself?',
  'Whose wick are you tending now, and how will you know when to step back?',
  'The people longed for the food of Egypt. What do we look back on with more fondness than it deserves?',
];
const tpP4 = ['Shabbat shalom, and I look forward to learning with many of you at Torah study on Saturday at 9:00 am.'];
const tpUtil = ['Login', 'Donate', 'Contact Us', '17 Sivan 5785'];
const tpNav = ['About', 'Worship', 'Learning', 'Community', 'Calendar', 'Rabbi’s Blog', 'Membership'];
const tpShabbat = ['Shabbat Times', 'Candle lighting: Friday, June 13, 8:14 pm', 'Havdalah: Saturday, June 14, 9:21 pm'];
const tpParasha = ['This week’s Torah portion', 'Numbers 8:1–12:16', 'Haftarah: Zechariah 2:14–4:7'];
const tpShare = ['Share', 'Print', 'Email this post'];
const tpRecent = ['Recent Posts', 'Parashat Naso: The Longest Portion', 'Shavuot: Staying Up All Night', 'Parashat Bamidbar: Everyone Counts'];
const tpKiddush = 'Kiddush this Shabbat is sponsored by the Lerner family in honour of Maya’s bat mitzvah. To sponsor a Kiddush, contact the office.';
const tpFoot = ['Temple Beth Shalom of Clearwater Valley', '880 Linden Avenue, Clearwater, CA', '(555) 318-4420', 'Powered by ShulCloud'];
const tpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parashat Beha’alotecha: Carrying the Light Down the Steps - Rabbi's Blog - Temple Beth Shalom of Clearwater Valley</title>
<meta name="description" content="Rabbi Naomi Feld on Parashat Beha'alotecha and the lamps of the menorah.">
<meta property="og:title" content="${tpTitle}"><meta property="og:type" content="website"><meta property="og:site_name"
content="Temple Beth Shalom of Clearwater Valley">
<link rel="stylesheet" href="https://s3.amazonaws.example/shulcloudfiles/css/bootstrap.min.css"><link rel="stylesheet" href="/css/site_9221.css?v=1718201120">
<script src="https://s3.amazonaws.example/shulcloudfiles/js/jquery-3.6.0.min.js"></script>
<script>var sc_site = {"site_id":9221,"page_id":"rabbis-blog","blog_post_id":"4418"};</script></head>
<body class="page_rabbis-blog blog_post_4418 inner_page">
<div id="utility_bar" class="hidden-xs"><div class="container"><ul class="utility_links">${links(tpUtil.slice(0, 3))}</ul>
<div class="hebrew_date"><span class="hebdate">${tpUtil[3]}</span></div></div></div>
<header id="header"><div class="container"><div class="row"><div class="col-sm-4" id="logo"><a href="/"><img src="/images/tbs-logo.png"
alt="Temple Beth Shalom of Clearwater Valley"></a></div>
<div class="col-sm-8"><nav class="navbar navbar-default" id="main_nav"><div class="navbar-header"><button type="button"
class="navbar-toggle collapsed" data-toggle="collapse" data-target="#nav_collapse">
<span class="sr-only">Toggle navigation</span><span class="icon-bar"></span></button></div><div class="collapse navbar-collapse" id="nav_collapse">
<ul class="nav navbar-nav sf-menu">${links(tpNav, 'dropdown')}</ul></div></nav></div></div></div></header>
<div id="content_wrap"><div class="container"><div class="row"><div class="col-md-8" id="main_content"><div id="page_content" class="blog_content">
<div class="blog_post" id="blog_post_4418">
<h1 class="page_title blog_title">${tpTitle}</h1>
<div class="blog_post_info"><span class="blog_post_date">Thursday, June 12, 2025</span> <span class="blog_post_author">By: Rabbi Naomi Feld</span></div>
<div class="parasha_box well well-sm"><h4>${tpParasha[0]}</h4><p>${tpParasha[1]}<br>${tpParasha[2]}</p></div>
<div class="blog_post_body">
${ps(tpP1)}
<h3><strong>${tpH1}</strong></h3>
${ps(tpP2)}
<h3><strong>${tpH2}</strong></h3>
${ps(tpP3)}
<h3><strong>${tpH3}</strong></h3>
<ul>${tpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(tpP4)}
<p><em>Rabbi Naomi Feld</em></p>
</div>
<div class="blog_share addthis_inline_share_toolbox"><span class="share_label">${tpShare[0]}</span><a class="share_fb" href="#"><span
class="sr-only">Facebook</span></a>
<a class="share_print" href="javascript:window.print()">${tpShare[1]}</a> <a class="share_email"
href="mailto:?subject=Parashat%20Beha%27alotecha">${tpShare[2]}</a></div>
<div class="blog_comments_closed"><p>Comments are closed for this post.</p></div>
</div></div></div>
<div class="col-md-4" id="sidebar"><div class="sidebar_box shabbat_times"><h3>${tpShabbat[0]}</h3><p>${tpShabbat[1]}</p><p>${tpShabbat[2]}</p></div>
<div class="sidebar_box blog_recent"><h3>${tpRecent[0]}</h3><ul>${links(tpRecent.slice(1))}</ul></div>
<div class="sidebar_box kiddush_notice alert alert-info"><p>${tpKiddush}</p></div></div>
</div></div></div>
<footer id="footer"><div class="container"><div class="row"><div class="col-sm-8"><p
class="footer_name">${tpFoot[0]}</p><p>${tpFoot[1]} | ${tpFoot[2]}</p></div>
<div class="col-sm-4 text-right"><a href="https://www.shulcloud.example" class="powered_by" target="_blank">${tpFoot[3]}</a></div></div></div></footer>
<script src="https://s3.amazonaws.example/shulcloudfiles/js/bootstrap.min.js"></script><script src="/js/site_9221.js?v=1718201120"></script></body></html>`;
const torahPost: TestPage = {
  html: tpHtml,
  name: 'heldout220-shulcloud-torah-portion',
  kind: 'blog',
  // the rabbi's closing signature line is a byline; the parashah box (reading and haftarah), Shabbat times, share strip,
  // "Comments are closed", recent posts, Kiddush notice, Hebrew date and footer are furniture
  title: tpTitle,
  headings: [tpH1, tpH2, tpH3],
  body: [...texts(tpP1), ...tpP2, ...tpP3, ...tpList, ...tpP4],
  bylines: ['Thursday, June 12, 2025', 'By: Rabbi Naomi Feld', 'Rabbi Naomi Feld'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: dedupe([
    ...tpUtil, 'Toggle navigation', ...tpNav, ...tpParasha, ...tpShare, 'Facebook', 'Comments are closed for this post.', ...tpShabbat, ...tpRecent,
    tpKiddush, ...tpFoot,
  ]),
};

/** Batch 220, file c: the synagogue's Torah portion post and the Buddhist teaching article. */
export const HELDOUT220_C: readonly TestPage[] = [torahPost, ghostTeaching];
