import type { TestPage } from './page-kit.js';
import { wikiJs } from './pages-heldout61-b2.js';

/**
 * Held-out batch 61, file b: a PmWiki page on the pmwiki-responsive skin run by a village history group (the menu toggles,
 * logo and search form in the header, the Site.SideBar page with its "edit SideBar" link, the action links above the title,
 * group name and title, PmWiki's own table of contents, a right-floated ">>frame<<" quick-facts box, a framed picture with
 * its caption, the wiki text with PmWiki's vspace paragraphs, the footer actions and the "Page last modified" line).
 */
const pmTitle = 'Mill Lane Pumping Station';
const pmIntro =
  'The Mill Lane Pumping Station stands on the north bank of the River Sence, a quarter of a mile below the old corn mill that ' +
  'gave the lane its name. It supplied drinking water to Ashby Parva and four neighbouring villages from 1889 until 1963, and its ' +
  'two beam engines are among the last in the county still standing in their original engine house.';
const pmH1 = 'Building the station';
const pmBuild = [
  'By the 1880s the village wells were badly polluted, and an outbreak of typhoid in the summer of 1884 killed eleven people in ' +
    'Ashby Parva alone. The rural sanitary authority bought the riverside meadow the following year and engaged Joseph Allard of ' +
    'Leicester to design a waterworks that could lift water from a borehole to a covered reservoir on Coplow Hill.',
  'Building took almost three years. The boiler house, engine house and chimney were built of local red brick with bands of blue ' +
    'brick, and the foundation stone, laid by the vicar’s wife in May 1887, can still be seen beside the main door.',
];
const pmH2 = 'The engines';
const pmEngines =
  'Two compound beam engines were supplied by Hathorn Davey and Company of Leeds. Each could pump around 20,000 gallons an hour, ' +
  'and they were worked in alternate weeks so that one was always ready while the other was cleaned and repacked.';
const pmEngineList = [
  'Engine No. 1, known to the staff as Victoria, ran until the station closed and is the one shown in steam today.',
  'Engine No. 2, Albert, was damaged when a crank pin failed in 1931 and was never fully repaired.',
  'A small vertical engine of 1912 drove the workshop lathe and is kept in the old coal store.',
];
const pmH3 = 'Decline and closure';
const pmDecline =
  'Electric pumps were installed in a shed beside the engine house in 1957, and the beam engines were kept on only as a standby. ' +
  'When the new trunk main from the Cropston works reached the district in 1963, the station was closed and the boilers were ' +
  'sold for scrap.';
const pmH4 = 'The Engine Trust';
const pmTrust =
  'The building stood empty for more than twenty years. In 1986 a group of former employees and local enthusiasts formed the ' +
  'Mill Lane Engine Trust, leased the site from the water company for a peppercorn rent and began the slow work of getting ' +
  'Victoria back into steam. The first public steaming took place in September 1994, watched by two of the men who had stoked ' +
  'her boilers before the war.';
const pmH5 = 'Visiting';
const pmVisit =
  'The station opens on the second Sunday of each month from April to October, with the engine in steam from 11 am. Entry is ' +
  'free, though donations are welcome. There is no parking on Mill Lane itself; use the village hall car park and follow the ' +
  'footpath along the river.';
const pmFacts = ['Quick facts', 'Built: 1887–1889', 'Engineer: Joseph Allard', 'Closed: 1963', 'Listed: Grade II*, 1972', 'Owner: Mill Lane Engine Trust'];
const pmCaption = 'Victoria in steam at the September 2019 open day. Photo: Derek Lowe';
const pmSide1 = ['Home Page', 'Recent Changes', 'All pages', 'How to contribute'];
const pmSide2 = ['Church of St Peter', 'Coplow Hill', pmTitle, 'The Old Forge', 'Village Hall'];
const pmSide3 = ['Parish registers', 'Oral history recordings', 'Photographs'];
const pmSideLi = (items: readonly string[]): string =>
  items.map((t) => `<li><a class='wikilink' href='https://ashbyhistory.example/Places/${t.replace(/[^A-Za-z0-9]/g, '')}'>${t}</a>\n</li>`).join('');
const pmAnchor = (h: string): string => h.replace(/[^A-Za-z]/g, '');
const pmHtml = `<!DOCTYPE html>
<html>
<head>
  <title>Ashby Parva Local History | Places / ${pmTitle} </title>
  <meta http-equiv='Content-Style-Type' content='text/css' />
  <meta name='viewport' content='width=device-width, initial-scale=1'>
  <link rel='stylesheet' href='https://ashbyhistory.example/pub/skins/pmwiki-responsive/skin.css' type='text/css' />
  <!--HTMLHeader--><style type='text/css'><!--.frame
  { border:1px solid #cccccc; padding:4px; background-color:#f9f9f9; }
.lfloat { float:left; margin-right:0.5em; }
.rfloat { float:right; margin-left:0.5em; }
a.varlink { text-decoration:none; }
.PmTOCdiv { display: inline-block; font-size: 13px; overflow: auto; max-height: 500px; }
--></style><script>
  document.documentElement.className += ' js';
</script>
<meta name='robots' content='index,follow' />
<link rel="canonical" href="https://ashbyhistory.example/Places/MillLanePumpingStation" />

</head>
<body>
  <div id="bodywrap">
  <input id="wikileft-toggle" type="checkbox"/>
  <label for="wikileft-toggle" id="wikileft-toggle-label"></label>

  <input id="wikicmds-toggle" type="checkbox"/>
  <label for="wikicmds-toggle" id="wikicmds-toggle-label"></label>

<!--PageHeaderFmt-->
  <header id='wikihead'>
    <div id='wikihead-content'>
      <div id='wikilogo'><a href='https://ashbyhistory.example/Main/HomePage'><img src='https://ashbyhistory.example/uploads/Site/logo.png'
        alt='Ashby Parva Local History' border='0' /></a></div>
      <form id='wikisearch' action='https://ashbyhistory.example/Places/MillLanePumpingStation'>
        <input type='hidden' name='n' value='Places.MillLanePumpingStation' />
        <input type='hidden' name='action' value='search' />
        <input type='search' name='q' value='' class='inputbox searchbox' placeholder='Search' />
        <input type='submit' class='inputbutton searchbutton' value='Go' />
      </form>
    </div>
  </header>
<!--/PageHeaderFmt-->

  <div id='wikibody'>

<!--PageLeftFmt-->
    <nav id='wikisidebar'>
      <div id='wikisidebar-content'>
        <p class='sidehead'> <a class='wikilink' href='https://ashbyhistory.example/Main/HomePage'>Ashby Parva Local History</a>
</p><ul>${pmSideLi(pmSide1)}</ul><p class='sidehead'> <a class='wikilink' href='https://ashbyhistory.example/Places/Places'>Places</a>
</p><ul>${pmSideLi(pmSide2)}</ul><p class='sidehead'> <a class='wikilink' href='https://ashbyhistory.example/Sources/Sources'>Sources</a>
</p><ul>${pmSideLi(pmSide3)}</ul><div class='vspace'></div>
<p class='vspace' style='text-align: right;'><span style='font-size:83%'><a rel='nofollow' class='wikilink'
 href='https://ashbyhistory.example/Site/SideBar?action=edit'>edit SideBar</a></span>
</p>
      </div>
    </nav>
<!--/PageLeftFmt-->

    <div id='wikimid'>
      <div id='wikicmds'>
        <ul><li class='browse'><a accesskey='' class='selflink' href='https://ashbyhistory.example/Places/MillLanePumpingStation'>View</a>
</li><li class='edit'><a accesskey='e' rel='nofollow' class='wikilink' href='https://ashbyhistory.example/Places/MillLanePumpingStation?action=edit'>Edit</a>
</li><li class='diff'><a accesskey='h' rel='nofollow' class='wikilink'
 href='https://ashbyhistory.example/Places/MillLanePumpingStation?action=diff'>History</a>
</li><li class='upload'><a accesskey='' rel='nofollow' class='wikilink'
 href='https://ashbyhistory.example/Places/MillLanePumpingStation?action=upload'>Attach</a>
</li><li class='print'><a accesskey='' rel='nofollow' class='wikilink'
 href='https://ashbyhistory.example/Places/MillLanePumpingStation?action=print'>Print</a>
</li></ul>
      </div>

<!--PageTitleFmt-->
      <div id='wikititle'>
        <div class='pagegroup'><a href='https://ashbyhistory.example/Places'>Places</a> /</div>
        <h1 class='pagetitle'>${pmTitle}</h1>
      </div>

<!--PageText-->
<div id='wikitext'>
<div class='rfloat frame' style='width:14em;'>
<p><strong>${pmFacts[0]}</strong>
</p><ul>${pmFacts
  .slice(1)
  .map((t) => `<li>${t}\n</li>`)
  .join('')}</ul></div>
<p>${pmIntro}
</p>
<div class='PmTOCdiv'><b>Contents</b> [<a class='PmTOCtoggle' href='#' data-pmtoc-toggle='1'>hide</a>]<div class='PmTOCtable'>
${[pmH1, pmH2, pmH3, pmH4, pmH5].map((h, i) => `<a href='#${pmAnchor(h)}' class='pmtoc-indent1'>${i + 1}. ${h}</a><br>`).join('\n')}
</div></div>
<div class='vspace'></div><h2 id='${pmAnchor(pmH1)}'>${pmH1}</h2>
<p>${pmBuild[0]}
</p>
<p class='vspace'>${pmBuild[1]}
</p>
<div class='vspace'></div><table class='lframe' width='320'><tr><td><img width='320' src='https://ashbyhistory.example/uploads/Places/victoria-2019.jpg'
 alt='' title='' /></td></tr><tr><td  class='lfloat'>${pmCaption}</td></tr>
</table>
<div class='vspace'></div><h2 id='${pmAnchor(pmH2)}'>${pmH2}</h2>
<p>${pmEngines}
</p><ul><li>${pmEngineList.join('\n</li><li>')}
</li></ul><div class='vspace'></div><h2 id='${pmAnchor(pmH3)}'>${pmH3}</h2>
<p>${pmDecline}
</p>
<div class='vspace'></div><h2 id='${pmAnchor(pmH4)}'>${pmH4}</h2>
<p>${pmTrust}
</p>
<div class='vspace'></div><h2 id='${pmAnchor(pmH5)}'>${pmH5}</h2>
<p>${pmVisit}
</p>
<p class='vspace'><em>See also:</em> <a class='wikilink' href='https://ashbyhistory.example/Places/CoplowHill'>Coplow Hill</a>, <a class='wikilink'
 href='https://ashbyhistory.example/People/JosephAllard'>Joseph Allard</a>, <a class='createlinktext' rel='nofollow'
 href='https://ashbyhistory.example/Places/CropstonReservoir?action=edit'>Cropston Reservoir</a><a rel='nofollow' class='createlink'
 href='https://ashbyhistory.example/Places/CropstonReservoir?action=edit'>?</a>
</p>
</div>

<!--PageFooterFmt-->
      <div id='wikifoot'>
        <div class='footnav'>
          <a rel="nofollow" href='https://ashbyhistory.example/Places/MillLanePumpingStation?action=edit'>Edit</a> -
          <a rel="nofollow" href='https://ashbyhistory.example/Places/MillLanePumpingStation?action=diff'>History</a> -
          <a rel="nofollow" href='https://ashbyhistory.example/Places/MillLanePumpingStation?action=print' target='_blank'>Print</a> -
          <a href='https://ashbyhistory.example/Site/AllRecentChanges'>Recent Changes</a> -
          <a href='https://ashbyhistory.example/Site/Search'>Search</a>
        </div>
        <div class='lastmod'>Page last modified on November 03, 2025, at 09:41 PM</div>
      </div>
<!--HTMLFooter-->
    </div>
  </div>
  </div>
</body>
</html>
`;
const pmpage: TestPage = {
  html: pmHtml,
  name: 'heldout61-pmwiki',
  kind: 'wiki',
  // the h1 pagetitle is the title and the wiki text's h2s the headings; the intro, the paragraphs and the engine list are body;
  // the "See also:" line of links at the end is a related list: furniture (its "Coplow Hill" and "Joseph Allard" are words of
  // the body and sidebar, left out), as are the quick-facts frame (a box of data beside the text, as an infobox is), the
  // picture's caption with its credit, PmWiki's table of contents (its label and "hide"; its items are the headings with
  // numbers), header, sidebar (its "Mill Lane Pumping Station" item is the title), action links, group name and footer links;
  // the "Page last modified" date is the byline; "Places" is a word of the group name, the sidebar and the title tag only;
  // the footer's "History" and "Search" are not body words, the sidebar's "Village Hall" is (left out); the search button's "Go"
  // is an input's value, not text
  title: pmTitle,
  headings: [pmH1, pmH2, pmH3, pmH4, pmH5],
  body: [pmIntro, ...pmBuild, pmEngines, ...pmEngineList, pmDecline, pmTrust, pmVisit],
  bylines: ['November 03, 2025, at 09:41 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ashby Parva Local History', ...pmSide1, 'Places', ...pmSide2.filter((t) => ![pmTitle, 'Coplow Hill', 'Village Hall'].includes(t)), 'Sources', ...pmSide3,
    'edit SideBar', 'View', 'Edit', 'History', 'Attach', 'Print', ...pmFacts, 'Contents', 'hide', pmCaption, 'See also:', 'Cropston Reservoir',
    'Search', 'Page last modified on',
  ],
};

export const HELDOUT61_B: readonly TestPage[] = [pmpage, wikiJs];
