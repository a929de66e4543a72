/**
 * Held-out batch 117, file e3: the texts of the Webflow company blog post of file e.
 */
export const title = 'How to run a weekly stock count in under an hour';
export const summary = 'A practical routine for small restaurant kitchens, from setting up count sheets to spotting the three numbers that matter.';
export const p1 = [
  'Most independent restaurants we talk to know they should count stock every week. Fewer actually do it, usually because the last ' +
    'time they tried, it took three hours on a Sunday night and nobody could agree on the numbers afterwards.',
  'It does not have to be like that. The kitchens we work with that count weekly almost all follow the same routine, and most of ' +
    'them are done in under an hour.',
];
export const h1 = 'Count in shelf order, not list order';
export const p2 = [
  'The single biggest time saver is arranging your count sheet in the order items sit on your shelves, in the walk-in and in the ' +
    'freezer. If your sheet is alphabetical, you walk back and forth across the kitchen all night. If it follows the room, you move ' +
    'in one loop and never go back.',
  'Walk the route once with a blank sheet and write items down as you pass them. That becomes your template.',
];
export const h2 = 'Split the kitchen between two people';
export const p3 = [
  'Two people counting separate areas at the same time finish in less than half the time of one person, because nobody is waiting ' +
    'for anyone else. Give each person the same areas every week so they get faster and notice when something looks wrong.',
];
export const quote =
  '“Once we sorted the sheet by shelf and split the walk-in from the dry store, ' + 'our count went from two and a half hours to forty minutes.”';
export const p4 = ['That was Ana Ribeiro, head chef at Calder Street Kitchen, three weeks after her team changed their routine.'];
export const h3 = 'Use units people actually count in';
export const p5 = [
  'Count in the unit you can see. If flour comes in 25 kg sacks, count sacks and part sacks, not kilograms. If you buy tomatoes by ' +
    'the case but store them loose, count them loose and let your system do the conversion. Asking people to do arithmetic in a ' +
    'cold walk-in at eleven at night is how counts go wrong.',
];
export const h4 = 'Look at three numbers, not fifty';
export const p6 = ['A full count produces a lot of figures. In a weekly routine, three of them matter most:'];
export const list = [
  'Your food cost percentage for the week, compared with your target.',
  'The five items with the biggest gap between what you used and what your sales say you should have used.',
  'Anything that has not moved in two weeks and is close to its use-by date.',
];
export const p7 = ['If those three look right, the rest can wait for the monthly review.'];
export const h5 = 'Make it the same time every week';
export const p8 = [
  'Pick a fixed time when deliveries are finished and service has not started, such as Monday morning before prep. Counting at the ' +
    'same point in the week means the numbers are comparable, and it quickly becomes a habit rather than a chore someone has to remember.',
  'Start this week with one area, like the walk-in. Once that takes under fifteen minutes, add the next.',
];
export const caption = 'A count sheet sorted by shelf position in the Tallyline app.';
export const navTop = ['Pricing', 'Customers'];
export const product = ['Inventory', 'Ordering', 'Recipe costing', 'Integrations'];
export const resources = ['Blog', 'Guides', 'Help centre', 'Webinars'];
export const share = ['Share this article', 'Copy link', 'LinkedIn', 'X', 'Facebook'];
export const news = [
  'Get the Tallyline newsletter',
  'Monthly tips on food cost, ordering and stock, written by people who have run kitchens.',
  'Subscribe',
  'Thank you! Your submission has been received!',
  'Oops! Something went wrong while submitting the form.',
];
export const related = [
  ['Ordering', 'Par levels explained for people who hate spreadsheets', '5 min read'],
  ['Food cost', 'Why your food cost jumped in January (and what to do)', '7 min read'],
  ['Operations', 'A closing checklist your late shift will actually use', '4 min read'],
];
export const cta = ['See where your food cost is really going', 'Start a free 14-day trial. No card needed.', 'Start free trial', 'Book a demo'];
export const footCols: [string, string[]][] = [
  ['Product', ['Inventory', 'Ordering', 'Recipe costing', 'Pricing']],
  ['Company', ['About us', 'Careers', 'Contact']],
  ['Resources', ['Blog', 'Guides', 'Help centre']],
];
export const legal = ['© 2025 Tallyline Ltd. All rights reserved.', 'Privacy policy', 'Terms of service', 'Cookie settings'];
export const cookie = [
  'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation, analyse site usage and assist in ' +
    'our marketing efforts. View our Privacy Policy for more information.',
  'Preferences',
  'Deny',
  'Accept',
];
