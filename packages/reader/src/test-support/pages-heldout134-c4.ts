/** Held-out batch 134, file c4: the posts of the vBulletin thread of file c2. */
export interface VbPost {
  id: string;
  n: number;
  user: string;
  utitle: string;
  joined: string;
  location: string;
  posts: string;
  date: string;
  quote?: readonly [string, string];
  paras: readonly string[];
  sig?: string;
  edited?: string;
}
export const vbPosts: readonly VbPost[] = [
  {
    id: '388104',
    n: 1,
    user: 'skiffrunner',
    utitle: 'Junior Member',
    joined: 'Jun 2019',
    location: 'Carrow Bay',
    posts: '86',
    date: '03-14-2025,&nbsp;<span class="time">07:42 PM</span>',
    paras: [
      `Pulled the boat out of the shed last weekend and the Kestrel 115 starts fine but idles really rough, hunting up and down between
about 600 and 900 rpm. Once it is above 1500 it runs smooth and pulls like it always has.`,
      `I fogged it and ran stabilized fuel through it before I put it away in November, same as every year. Changed the plugs yesterday
and the old ones looked normal, light tan. No codes on the gauge.`,
      'Before I start pulling things apart, is this the usual gummed up low speed jet or should I be looking somewhere else first?',
    ],
    sig: '2008 Carrow 21 Bay / Kestrel 115 four-stroke',
  },
  {
    id: '388121',
    n: 2,
    user: 'Capt. Dewey',
    utitle: 'Senior Member',
    joined: 'Feb 2009',
    location: 'Hollis Inlet',
    posts: '6,412',
    date: '03-14-2025,&nbsp;<span class="time">08:15 PM</span>',
    paras: [
      `Nine times out of ten on those motors it is the idle air control valve, not a jet. The 115 is fuel injected so there are no jets in
the usual sense. The valve sticks after sitting all winter and the computer cannot hold the idle steady, which is exactly the hunting
you describe.`,
      `Pull it (two bolts on the side of the throttle body), spray it out with throttle body cleaner and work the plunger by hand until it
moves freely. Takes twenty minutes and a new gasket if yours tears.`,
    ],
    sig: 'If it floats, flies or fornicates, rent it.',
  },
  {
    id: '388130',
    n: 3,
    user: 'skiffrunner',
    utitle: 'Junior Member',
    joined: 'Jun 2019',
    location: 'Carrow Bay',
    posts: '86',
    date: '03-14-2025,&nbsp;<span class="time">08:47 PM</span>',
    quote: ['Capt. Dewey', 'Nine times out of ten on those motors it is the idle air control valve, not a jet.'],
    paras: ['Thanks, did not realize the 115 was injected. I will pull the valve on Saturday and report back.'],
    sig: '2008 Carrow 21 Bay / Kestrel 115 four-stroke',
  },
  {
    id: '388177',
    n: 4,
    user: 'bayliner_bob',
    utitle: 'Member',
    joined: 'Aug 2016',
    location: 'Port Ellery',
    posts: '1,034',
    date: '03-15-2025,&nbsp;<span class="time">06:03 AM</span>',
    paras: [
      `Also check the fuel filter and water separator on the boat side. Mine had a good half inch of water in the bowl after last winter
and it did the same thing at idle. Cheap to change while you are at it anyway.`,
    ],
  },
  {
    id: '388240',
    n: 5,
    user: 'skiffrunner',
    utitle: 'Junior Member',
    joined: 'Jun 2019',
    location: 'Carrow Bay',
    posts: '86',
    date: '03-16-2025,&nbsp;<span class="time">08:55 AM</span>',
    paras: [
      `Update for anyone who finds this later: the idle air control valve was caked with brown varnish. Cleaned it up, put it back with
a new gasket and it idles dead steady at 650 now. Changed the water separator too since it was due, and there was a little water in it.`,
      'Thanks Dewey and Bob, you saved me a trip to the dealer and probably a couple hundred bucks.',
    ],
    sig: '2008 Carrow 21 Bay / Kestrel 115 four-stroke',
    edited: 'Last edited by skiffrunner; 03-16-2025 at <span class="time">09:12 AM</span>.',
  },
  {
    id: '388251',
    n: 6,
    user: 'Capt. Dewey',
    utitle: 'Senior Member',
    joined: 'Feb 2009',
    location: 'Hollis Inlet',
    posts: '6,412',
    date: '03-16-2025,&nbsp;<span class="time">10:20 AM</span>',
    paras: ['Good deal. Run a can of injector cleaner through it for the first couple of tanks and you should be set for the season.'],
    sig: 'If it floats, flies or fornicates, rent it.',
  },
];
