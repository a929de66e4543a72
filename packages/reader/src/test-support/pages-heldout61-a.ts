import { type TestPage, texts } from './page-kit.js';
import { tiddlyWiki } from './pages-heldout61-a2.js';

/**
 * Held-out batch 61, file a: a DokuWiki page on the default "dokuwiki" template, as a makerspace runs it (logo and claim,
 * user and site tools, the hidden mobile tools select, "You are here" and "Trace" breadcrumbs, the sidebar page with its
 * navigation lists, the page id, the table of contents, the page with a Wrap-plugin "important" box, the docInfo line with
 * file name, date and user, the page tools, the licence footer with its badge images and a cookie-law plugin banner).
 */
const dwTitle = 'Laser Cutter';
const dwIntro = [
  'The laser cutter lives in the back workshop, behind the fire door next to the wood store. It is a 60-watt CO2 machine with a ' +
    '610 × 305 mm bed, bought second-hand in 2022 with a grant from the Northgate Community Fund and refurbished by a small group of ' +
    'members over the following winter.',
  'Anyone can use it once they have been inducted. Inductions take about ninety minutes and are run on the first and third Tuesday ' +
    'of each month; sign up on the sheet by the door or ask in the <code>#laser</code> channel on the members’ chat.',
];
const dwH1 = 'Before you start';
const dwCheckLead = 'Check the following every time, even if the previous user told you everything is fine:';
const dwChecks = [
  'The air assist compressor is switched on at the wall and you can hear it running.',
  'The extraction fan is on and the flap on the window duct is fully open.',
  'The lens is clean. If you can see a brown film on it, follow the cleaning steps below or ask a host.',
  'The honeycomb bed is free of offcuts and the crumb tray has been emptied this week.',
];
const dwImportant =
  'Never leave the cutter running unattended, not even to fetch material from the store. Most of the small fires we have had ' +
  'started within a minute of someone stepping away.';
const dwH2 = 'Materials';
const dwMaterials = [
  'Plywood up to 6 mm, MDF up to 4 mm, cast acrylic up to 8 mm, card, paper, leather and cork are all fine. Extruded acrylic cuts ' +
    'but leaves a rough, melted edge, so buy cast sheet if you have the choice.',
  'Do <strong>not</strong> cut PVC, vinyl, polycarbonate or anything you cannot identify. PVC gives off chlorine gas that corrodes ' +
    'the machine and is harmful to breathe. If a sheet has no label, it does not go in the cutter.',
];
const dwH3 = 'Suggested settings';
const dwSettingsLead = 'These are starting points for 3 mm stock. Run a small test square in a corner before committing to a whole job.';
const dwSettings = [
  'Birch plywood: 18 mm/s at 90 % power, one pass',
  'MDF: 15 mm/s at 95 % power, one pass',
  'Cast acrylic: 10 mm/s at 85 % power, one pass',
  'Mount board (1.5 mm): 60 mm/s at 30 % power, one pass',
];
const dwH4 = 'Booking';
const dwBooking = [
  'Sessions are booked in one-hour slots on the makerspace calendar. Members can hold up to three hours a week; if a slot is ' +
    'still free on the day, anyone who has been inducted can take it.',
  'If you are cutting something large for a business, talk to the equipment team first so that we can keep the evenings ' + 'free for members’ own work.',
];
const dwH5 = 'Cleaning the lens';
const dwLens =
  'Switch the machine off at the key. Unscrew the nozzle cone by hand, lower the lens holder out and wipe the lens with a lens ' +
  'tissue moistened with isopropyl alcohol from the blue cabinet. Never use paper towel, and never touch the glass with your fingers.';
const dwSide1 = ['Home', 'Getting started', 'Membership', 'Projects', 'Events calendar', 'Contact the board'];
const dwSide2 = ['3D Printers', 'CNC Router', 'Electronics Bench', 'Sewing Machines', 'Wood Workshop'];
const dwLi = (items: readonly string[]): string =>
  items
    .map((t) => {
      const id = t.toLowerCase().replace(/[^a-z0-9]+/g, '_');
      return `<li class="level1"><div class="li"><a href="/doku.php?id=${id}" class="wikilink1" title="${id}" data-wiki-id="${id}">${t}</a></div></li>`;
    })
    .join('\n');
const dwToc = [dwH1, dwH2, dwH4, dwH5].map((h) => `<li class="level1"><div class="li"><a href="#${h.toLowerCase().replace(/ /g, '_')}">${h}</a></div>`);
const dwHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js">
<head>
    <meta charset="utf-8" />
    <title>${dwTitle} [Northgate Makerspace Wiki]</title>
    <meta name="generator" content="DokuWiki"/>
<meta name="theme-color" content="#008800"/>
<meta name="robots" content="index,follow"/>
<meta name="keywords" content="tools,laser_cutter"/>
<link rel="search" type="application/opensearchdescription+xml" href="/lib/exe/opensearch.php" title="Northgate Makerspace Wiki"/>
<link rel="start" href="/"/>
<link rel="contents" href="/doku.php?id=tools:laser_cutter&amp;do=index" title="Sitemap"/>
<link rel="alternate" type="application/rss+xml" title="Recent Changes" href="/feed.php"/>
<link rel="canonical" href="https://wiki.northgatemakers.example/doku.php?id=tools:laser_cutter"/>
<link rel="stylesheet" href="/lib/exe/css.php?t=dokuwiki&amp;tseed=5f2e1c0a9b"/>
<script >var NS='tools';var JSINFO = {"plugins":{"cookielaw":{"position":"bottom"}},"id":"tools:laser_cutter","namespace":"tools",
"ACT":"show","useHeadingNavigation":1,"useHeadingContent":1};</script>
<script src="/lib/exe/jquery.php?tseed=8faf3dc90234d51a499f4f428a0eae43" defer="defer"></script>
<script src="/lib/exe/js.php?t=dokuwiki&amp;tseed=5f2e1c0a9b" defer="defer"></script>
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <link rel="shortcut icon" href="/lib/tpl/dokuwiki/images/favicon.ico" />
</head>
<body>
    <div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki loggedOut showSidebar hasSidebar">
        <!-- ********** HEADER ********** -->
<header id="dokuwiki__header"><div class="pad group">
    <div class="headings group">
        <ul class="a11y skip">
            <li><a href="#dokuwiki__content">skip to content</a></li>
        </ul>
        <h1 class="logo"><a href="/doku.php?id=start" accesskey="h" title="Home [h]"><img src="/_media/wiki:logo.png" width="64" height="64"
 alt="" /><span>Northgate Makerspace Wiki</span></a></h1>
        <p class="claim">Everything we know about our machines, so nobody has to ask twice</p>
    </div>
    <div class="tools group">
        <!-- USER TOOLS -->
        <div id="dokuwiki__usertools">
            <h3 class="a11y">User Tools</h3>
            <ul>
                <li class="action login"><a href="/doku.php?id=tools:laser_cutter&amp;do=login&amp;sectok=" title="Log In" rel="nofollow"><span>Log
In</span><svg
 xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M10 17.25V14H3v-4h7V6.75L15.25 12 10 17.25"/></svg></a></li>
            </ul>
        </div>
        <!-- SITE TOOLS -->
        <div id="dokuwiki__sitetools">
            <h3 class="a11y">Site Tools</h3>
            <form action="/doku.php?id=start" method="get" role="search" class="search doku_form" id="dw__search" accept-charset="utf-8"><input type="hidden"
 name="do" value="search" /><input type="hidden" name="id" value="tools:laser_cutter" /><div class="no"><input name="q" type="text" class="edit"
 title="[F]" accesskey="f" placeholder="Search" autocomplete="on" id="qsearch__in" value="" /><button value="1" type="submit"
 title="Search">Search</button><div id="qsearch__out" class="ajax_qsearch JSpopup"></div></div></form>
            <div class="mobileTools">
                <form action="/doku.php" method="get" accept-charset="utf-8"><div class="no"><input type="hidden" name="id" value="tools:laser_cutter" /><select
 name="do" class="edit quickselect" title="Tools"><option value="">Tools</option><optgroup label="Page Tools"><option value="edit">Show pagesource</option>
<option value="revisions">Old revisions</option><option value="backlink">Backlinks</option></optgroup><optgroup label="Site Tools"><option
 value="recent">Recent Changes</option><option value="media">Media Manager</option><option value="index">Sitemap</option></optgroup><optgroup
 label="User Tools"><option value="login">Log In</option></optgroup></select><button type="submit">&gt;</button></div></form>
            </div>
            <ul>
                <li class="action recent"><a href="/doku.php?id=tools:laser_cutter&amp;do=recent" title="Recent Changes [r]" rel="nofollow"
 accesskey="r">Recent Changes</a></li><li class="action media"><a href="/doku.php?id=tools:laser_cutter&amp;do=media&amp;ns=tools"
 title="Media Manager" rel="nofollow">Media Manager</a></li><li class="action index"><a href="/doku.php?id=tools:laser_cutter&amp;do=index"
 title="Sitemap [x]" rel="nofollow" accesskey="x">Sitemap</a></li>
            </ul>
        </div>
    </div>
    <!-- BREADCRUMBS -->
    <div class="breadcrumbs">
        <div class="youarehere"><span class="bchead">You are here: </span><span class="home"><bdi><a href="/doku.php?id=start" class="wikilink1"
 title="start" data-wiki-id="start">Makerspace Home</a></bdi></span> » <bdi><a href="/doku.php?id=tools:start" class="wikilink1" title="tools:start"
 data-wiki-id="tools:start">Machines</a></bdi> » <bdi><a href="/doku.php?id=tools:laser_cutter" class="wikilink1" title="tools:laser_cutter"
 data-wiki-id="tools:laser_cutter">${dwTitle}</a></bdi></div>
        <div class="trace"><span class="bchead">Trace:</span> <span class="bcsep">•</span> <bdi><a href="/doku.php?id=start" class="breadcrumbs"
 title="start">Makerspace Home</a></bdi> <span class="bcsep">•</span> <span class="curid"><bdi><a href="/doku.php?id=tools:laser_cutter"
 class="breadcrumbs" title="tools:laser_cutter">${dwTitle}</a></bdi></span></div>
    </div>
    <hr class="a11y" />
</div></header><!-- /header -->
        <div class="wrapper group">
            <!-- ********** ASIDE ********** -->
            <nav id="dokuwiki__aside" aria-label="Sidebar"><div class="pad aside include group">
                <h3 class="toggle">Sidebar</h3>
                <div class="content"><div class="group">
<p><strong>Northgate Makerspace</strong></p>
<ul>
${dwLi(dwSide1)}
</ul>
<p><strong>Machines</strong></p>
<ul>
${dwLi([dwTitle, ...dwSide2])}
</ul>
<p><em>Something broken? Put a red tag on it and post in #repairs.</em></p>
                </div></div>
            </div></nav><!-- /aside -->
            <!-- ********** CONTENT ********** -->
            <main id="dokuwiki__content"><div class="pad group">
                <div class="pageId"><span>tools:laser_cutter</span></div>
                <div class="page group">
<!-- TOC START -->
<div id="dw__toc" class="dw__toc">
<h3 class="toggle">Table of Contents</h3>
<div>
<ul class="toc">
${dwToc[0]}</li>
${dwToc[1]}
<ul class="toc">
<li class="level2"><div class="li"><a href="#suggested_settings">${dwH3}</a></div></li>
</ul>
</li>
${dwToc[2]}</li>
${dwToc[3]}</li>
</ul>
</div>
</div>
<!-- TOC END -->
<h1 class="sectionedit1" id="laser_cutter">${dwTitle}</h1>
<div class="level1">
<p>
${dwIntro[0]}
</p>
<p>
${dwIntro[1]}
</p>
</div>
<h2 class="sectionedit2" id="before_you_start">${dwH1}</h2>
<div class="level2">
<p>
${dwCheckLead}
</p>
<ul>
${dwChecks.map((t) => `<li class="level1"><div class="li"> ${t}</div>\n</li>`).join('\n')}
</ul>
<div class="wrap_important plugin_wrap">
<p>
${dwImportant}
</p>
</div>
</div>
<h2 class="sectionedit3" id="materials">${dwH2}</h2>
<div class="level2">
${dwMaterials.map((p) => `\n<p>\n${p}\n</p>\n`).join('')}
</div>
<h3 class="sectionedit4" id="suggested_settings">${dwH3}</h3>
<div class="level3">
<p>
${dwSettingsLead}
</p>
<ul>
${dwSettings.map((t) => `<li class="level1"><div class="li"> ${t}</div>\n</li>`).join('\n')}
</ul>
</div>
<h2 class="sectionedit5" id="booking">${dwH4}</h2>
<div class="level2">
${dwBooking.map((p) => `\n<p>\n${p}\n</p>\n`).join('')}
</div>
<h2 class="sectionedit6" id="cleaning_the_lens">${dwH5}</h2>
<div class="level2">
<p>
${dwLens}
</p>
</div>
                </div>
                <div class="docInfo"><bdi>tools/laser_cutter.txt</bdi> · Last modified: 2025/09/14 18:02 by <bdi>mhallam</bdi></div>
            </div></main><!-- /content -->
            <hr class="a11y" />
            <!-- PAGE ACTIONS -->
            <nav id="dokuwiki__pagetools" aria-labelledby="dokuwiki__pagetools__heading">
                <h3 class="a11y" id="dokuwiki__pagetools__heading">Page Tools</h3>
                <div class="tools">
                    <ul>
                        <li class="source"><a href="/doku.php?id=tools:laser_cutter&amp;do=edit" title="Show pagesource [v]" rel="nofollow"
 accesskey="v"><span>Show pagesource</span><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M13 9h5.5L13 3.5V9"/></svg></a></li>
<li class="revs"><a href="/doku.php?id=tools:laser_cutter&amp;do=revisions" title="Old revisions [o]" rel="nofollow" accesskey="o"><span>Old
 revisions</span><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M11 7v5.11l4.71 2.79"/></svg></a></li>
<li class="backlink"><a href="/doku.php?id=tools:laser_cutter&amp;do=backlink" title="Backlinks" rel="nofollow"><span>Backlinks</span></a></li>
<li class="top"><a href="#dokuwiki__top" title="Back to top [t]" rel="nofollow" accesskey="t"><span>Back to top</span></a></li>
                    </ul>
                </div>
            </nav>
        </div><!-- /wrapper -->
<!-- ********** FOOTER ********** -->
<footer id="dokuwiki__footer"><div class="pad">
    <div class="license">Except where otherwise noted, content on this wiki is licensed under the following license: <bdi><a
 href="https://creativecommons.org/licenses/by-sa/4.0/deed.en" rel="license" class="urlextern">CC Attribution-Share Alike 4.0 International</a></bdi></div>
    <div class="buttons">
        <a href="https://creativecommons.org/licenses/by-sa/4.0/deed.en" rel="license"><img src="/lib/images/license/button/cc-by-sa.png"
 alt="CC Attribution-Share Alike 4.0 International" /></a>
        <a href="https://www.dokuwiki.org/donate" title="Donate"><img src="/lib/tpl/dokuwiki/images/button-donate.gif" width="80" height="15" alt="Donate"
/></a>
        <a href="https://php.net" title="Powered by PHP"><img src="/lib/tpl/dokuwiki/images/button-php.gif" width="80" height="15" alt="Powered by PHP" /></a>
        <a href="https://dokuwiki.org/" title="Driven by DokuWiki"><img src="/lib/tpl/dokuwiki/images/button-dw.png" width="80" height="15"
 alt="Driven by DokuWiki" /></a>
    </div>
</div></footer><!-- /footer -->
    </div></div><!-- /site -->

    <div id="cookieNotice" class="plugin_cookielaw_bottom" style="display:none"><span class="plugin_cookielaw_text">This wiki uses cookies to keep you
 logged in and to remember your settings. By using it you agree to that.</span> <button class="plugin_cookielaw_ok">OK</button> <a
 href="/doku.php?id=wiki:privacy" class="plugin_cookielaw_more">More information</a></div>
    <div class="no"><img src="/lib/exe/taskrunner.php?id=tools%3Alaser_cutter&amp;1757865720" width="2" height="1" alt="" /></div>
    <div id="screen__mode" class="no"></div></body>
</html>
`;
export const dokuWiki: TestPage = {
  html: dwHtml,
  name: 'heldout61-dokuwiki',
  kind: 'wiki',
  // the page's h1 is its title (DokuWiki takes the first heading as the page title); the h2s and the one h3 are the headings;
  // the lead-in lines before the two lists, the list items and the Wrap plugin's "important" box are body (an admonition of the
  // page's own, as a docs callout is); the docInfo date and user are the bylines (its file name and "Last modified:" furniture);
  // the table of contents repeats the headings word for word (left out), its label is furniture; logo, claim, tools (the hidden
  // mobile select included), breadcrumbs, the sidebar page (its "Laser Cutter" item is the title), page tools, licence line,
  // the cookie-law banner (hidden until its script runs) are furniture; the badges are images with alt text only
  title: dwTitle,
  headings: [dwH1, dwH2, dwH3, dwH4, dwH5],
  body: [...texts(dwIntro), dwCheckLead, ...dwChecks, dwImportant, ...texts(dwMaterials), dwSettingsLead, ...dwSettings, ...dwBooking, dwLens],
  bylines: ['2025/09/14 18:02', 'mhallam'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'skip to content', 'Northgate Makerspace Wiki', 'Everything we know about our machines, so nobody has to ask twice', 'User Tools', 'Log In',
    'Site Tools', 'Search', 'Page Tools', 'Show pagesource', 'Old revisions', 'Backlinks', 'Recent Changes', 'Media Manager', 'Sitemap',
    'Tools', 'You are here:', 'Makerspace Home', 'Machines', 'Trace:', 'Sidebar', 'Northgate Makerspace', ...dwSide1, ...dwSide2,
    'Something broken? Put a red tag on it and post in #repairs.', 'tools:laser_cutter', 'Table of Contents', 'tools/laser_cutter.txt',
    'Last modified:', 'Back to top', 'Except where otherwise noted, content on this wiki is licensed under the following license:',
    'CC Attribution-Share Alike 4.0 International',
    'This wiki uses cookies to keep you logged in and to remember your settings. By using it you agree to that.', 'OK', 'More information',
  ],
};

export const HELDOUT61_A: readonly TestPage[] = [dokuWiki, tiddlyWiki];
