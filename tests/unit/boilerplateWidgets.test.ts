import { describe, expect, it } from 'vitest';
import { text } from '../support/labelling';

/*
 * Cues of a page's widgets and account box, of notes on the story and of heads that name where
 * other stories come from, each tried on the lines it is for and on the story's own lines that
 * start or read alike.
 */

const each = (lines: string[], label: string | null) => {
  for (const line of lines) expect([line, text(line)]).toEqual([line, label]);
};

describe('a player’s or a gallery’s controls', () => {
  it('read as navigation, alone on their line', () => {
    each(
      [
        'Close',
        'x',
        'Embed',
        'Replay',
        'Show Thumbnails',
        'Hide Caption',
        'Buy Photo',
        'Loading new images...',
        'Scroll down for video',
        '>>> Scroll through the gallery to see the costliest missions',
        'Average (Not Rated)',
        'Recommend this story',
        '1.2k Shares',
        'Page: 1 2 Next →',
        'CONTINUED',
      ],
      'navigation',
    );
  });

  it('read a bare counter as a gallery’s, but not a rating', () => {
    each(['1 of 5', '12 / 30'], 'caption');
    each(['4/5'], null);
  });

  it('leave the story’s sentences with the same words alone', () => {
    each(
      [
        'Close to 300 people attended the vigil.',
        'The council voted to embed officers in schools.',
        'Shares in the company fell 4% on Tuesday.',
        'Scroll down the page and you will find the form the council asks for.',
      ],
      null,
    );
  });
});

describe('a site’s account box', () => {
  it('reads as a call to action', () => {
    each(
      [
        'Forgot your password?',
        'Log in',
        'Check your inbox',
        'We’ve sent you an email with instructions on how to reset your password.',
        'You must confirm your registration within 48 hours of signing up.',
        'This username or email is associated with a Facebook account.',
        'Your username will appear next to your comments.',
        'Sign up with a social account:',
        'If you don’t have an account yet it’s free and easy.',
        'Need to register for a new account?',
        'Please follow the instructions in the email within 48 hours to complete your registration.',
        'Comments are filtered for language and registration is required.',
        'Click to follow\nThe Evening Standard',
        'Keep up with money news, sent to your inbox',
        '*Invalid email address',
        'A selection of your comments may be published, displaying your name and location.',
        'Have you been affected? You can send your experiences using the form below:',
        "Comments are filtered for language and registration is required. The Times makes no guarantee of comments' factual accuracy. Readers may report inappropriate comments by clicking the link.",
      ],
      'call to action',
    );
  });

  it('is not read in a story that tells of accounts and passwords', () => {
    each(
      [
        'Hackers stole the passwords of 50 million users, the company said on Friday.',
        'Investigators said the account had been registered in Cyprus in 2015.',
        'The senator asked why the agency had kept the usernames for so long.',
        'Voters can register for an absentee ballot until Friday.',
        'Phishing emails sent to your inbox may look like a bank’s.',
        'The comments were filtered through a panel of judges, the organisers said.',
      ],
      null,
    );
  });
});

describe('the page’s notes on the story', () => {
  it('read where it first ran and that it will change as a notice', () => {
    each(
      [
        'This article originally appeared on The Conversation.',
        'The story was first published in the spring issue of the review.',
        'This story will be updated as more information becomes available.',
        'Editor’s note: This story is being updated.',
        'Quotes delayed at least 15 minutes. Market data provided by Interactive Data.',
        'Rich Smith has no position in any stocks mentioned. The Motley Fool has a disclosure policy.',
      ],
      'notice',
    );
  });

  it('read what series a story belongs to, what changed in it and whose views it gives', () => {
    each(
      [
        'This column is part of the Opinion section. For more about this section, read our editor’s blog and our FAQ.',
        'This article is part of the new space race installment of Futurography, a series in which Future Tense introduces readers to the technologies that will define tomorrow. Each month, we’ll choose a new technology and break it down.',
        'This article was updated March 21 at 5:15 p.m. EDT to include comments from the agency’s acting administrator.',
        'Jane Roe is a senior fellow at the Federation of Example Scientists. The opinions expressed in this commentary are her own.',
        'Sam Doe, a political commentator, served as communications director. The views expressed here are solely his.',
      ],
      'notice',
    );
    each(
      [
        'This story is part of a broader pattern of layoffs across the industry, analysts said.',
        'The project is part of a series of upgrades the city approved in March.',
        'The website was updated to include the new rules, a spokesman said on Tuesday.',
        'The views expressed at the meeting were sharply divided, residents said.',
        'Her opinions are her own, the network said in a statement after the broadcast.',
      ],
      null,
    );
  });

  it('read a wire story’s foot, the writer’s handle and the paper’s pointers as the page’s', () => {
    each(
      [
        'Olsen reported from Copenhagen. Ann Lee and Jo Park in Helsinki, Finland, contributed.',
        'Associated Press writer Sam Roe in Boston contributed.',
        'Twitter: @JaneDoeNews.',
        'Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019 from https://example.org/news/2019-11.html',
      ],
      'credit or byline',
    );
    each(
      [
        'Learn more about how the Gallup Poll Social Series works.',
        'Learn more about the MAVEN mission in our September 2014 cover story.',
        'Get the latest Microsoft stock price here.',
        'You can view our June 2018 open thread here.',
        '05/10/2018 - Publicado por: Ana Souza - Categoria: Saúde - Tags: sad veiculo',
      ],
      'related link',
    );
    each(['On the Net:'], 'web address');
    each(
      [
        'You can follow SPACE.com on Twitter @Spacedotcom. We’re also on Facebook & Google+.',
        'Send news tip to FOXNews.com',
        'Have thoughtful insights on the gender gap in finance? Please share your comments.',
        'Like this story? Share it with a friend!',
        'Like us on Facebook',
        "Want the latest news? Just hit 'Like' on our Example Spy Facebook page and you're all set.",
        'FOLLOW',
        'If you enjoyed this article, enter your email below to get free updates!',
        'ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.',
      ],
      'call to action',
    );
    each(
      [
        'Rising costs and a wet spring in Iowa contributed.',
        'Learn more about your rights, the advocate told the crowd, and then vote.',
        'You can follow the launch on the agency’s website from 9 a.m.',
        'The net result: fewer jobs on the Net, analysts said.',
        'Twitter said it had suspended the account on Monday.',
        'You can see the ad and its brutal backlash here.',
        'Citation: the court cited the 2019 ruling, the lawyer said.',
        'If you enjoyed this article as much as the judges did, the prize is deserved.',
        'Like us on Facebook, the campaign urged, and win a car.',
        'Fans who hit like on our post got a coupon, the shop said.',
        'Follow the money, the detective said.',
        'The price rose 12% - categories such as food led - after the storm.',
      ],
      null,
    );
  });

  it('read the page’s stamp after what it prints before it as a date line', () => {
    each(
      [
        'CNNMoney (New York) First published December 8, 2015: 10:57 AM ET',
        'Last updated on Tue, 24 Oct 2017',
      ],
      'date line',
    );
    each(['The study was published December 8, 2015 in the journal Nature.'], null);
  });

  it('read a disclosure that the page earns from its links as an advertisement', () => {
    each(
      [
        'All products and services featured are based solely on editorial selection. FORTUNE may receive compensation for some links to products and services on this website.',
      ],
      'advertisement',
    );
    each(
      [
        'This article may contain links to online retail stores. If you click on one and buy the product we may receive a small commission.',
      ],
      'advertisement',
    );
    each(
      [
        'Injured workers may receive compensation for lost wages, the court ruled.',
        'Agents said they earn a commission. Buyers pay nothing extra, the firm says.',
        '“I earn a commission. That is how the job works,” the agent said.',
      ],
      null,
    );
  });

  it('read a wire story’s foot on where its writers were as a credit', () => {
    each(
      [
        'Marshall reported from Washington and Rubin from Vienna.',
        'Okafor reported from Lagos.',
        'By JANE DOE, Associated Press Writer',
        'By JOHN ROE, AP White House Correspondent John Roe, AP White House Correspondent',
        'Associated Press Writer',
        'About the author',
        'Featured image: Jane Doe/Example Photos',
        'GETTY/US NAVY',
        'Twitter/@example',
        'Eric Doe/Example Pictures',
        'twitter.com/example',
        'By JANE M. DOE and JOHN ROE, AP Business Writers',
      ],
      'credit or byline',
    );
  });

  it('leave the story’s own sentences alone', () => {
    each(
      [
        'The article was cited by the court in its ruling last year.',
        'Marshall reported from the scene that the fire had spread to three more houses overnight, and officials closed the road.',
        'The report published on Monday found that emissions had fallen.',
        'The article was published in the journal Science on Monday.',
        'Reboots / Remakes',
        '24/7',
        'being overweight/obese',
        'unprotected sex/sharing needles',
      ],
      null,
    );
  });
});

describe('heads that name where other stories come from', () => {
  it('read as a head of other stories', () => {
    each(
      [
        'Latest from the Homepage',
        'Also from the Examiner',
        'More in Science',
        'Also in Lifestyle',
        'Recent news:',
        'Explore further: Scientists count the reef’s losses',
        'Watch next: The mayor on the budget',
        'Today’s Hot Topics',
        'TOP TECHNOLOGY STORIES NOW',
        'Links to more technology stories',
        '(Story continues below)',
        'FROM OTHER NEWS SITES:',
        'Daily Planet* Mill to close, jobs lost - 30 hrs ago',
        'Town Crier Mayor quits after vote - 13 hrs ago',
      ],
      expect.stringMatching(/related link|advertisement/) as unknown as string,
    );
  });

  it('leave the story’s lines that open alike alone', () => {
    each(
      [
        'More in store for investors',
        'Latest from the front was grim.',
        'Also in the room were two aides.',
        'Recent news reports suggested the deal was close.',
        'From other sites, the agency bought data.',
        'The vote came 3 days ago.',
        'Prices rose sharply - 10 weeks ago they were lower.',
      ],
      null,
    );
  });
});

describe('a blog post’s foot and its comment box', () => {
  it('read a story’s sentence on a filing as the story’s', () => {
    each(['Filed in court on Monday, the suit names three officials.'], null);
  });

  it('read the post’s categories, stamp and neighbours as the page’s', () => {
    each(
      [
        'Posted in: Fantasy |',
        'Filed under Uncategorized.',
        'Filed in . Read more about Ferns and Mosses.',
        'Filed in: Gardening',
        'Categories: Travel, Food',
        'Published: October 31st, 2012 | Tags: NFL AM, Atlanta Falcons, Matt Ryan',
        '| Tags:',
      ],
      'related link',
    );
    each(
      [
        'This entry was posted on Thursday, August 9th, 2012 at 12:04 am and is filed under Celebrities. You can follow any responses to this entry through the RSS 2.0 feed.',
        'This was written by K.G. Schneider. Posted on Friday, August 17, 2012, at 11:58 pm. Filed under Uncategorized. Bookmark the permalink.',
      ],
      'credit or byline',
    );
    each(
      [
        'Trackbacks are closed, but you can post a comment.',
        'Notify me of follow-up comments via email.',
        'Both comments and pings are currently closed.',
        'NEWSLETTER SIGN UP',
        'Sign up for our newsletter',
        'Your comment could not be posted. Error type:',
        'Your comment has been saved. Comments are moderated and will not appear until approved by the author.',
        'and oh, if you want a pic to show with your comment, go get a gravatar!',
      ],
      'call to action',
    );
    each(
      [
        'A version of this article appeared in print on 11/08/2012, on page B9 of the New York edition with the headline: Talks to Continue.',
      ],
      'notice',
    );
    each(
      ['Zoe Tillman D.C. Courts Reporter', 'Sam Doe Deputy Editor', 'Tom Roe Editor in Chief'],
      'credit or byline',
    );
    each(
      [
        'You are here: Home / Cook & Bake / Bread Pudding for Brunch',
        'Next Article',
        '« Previous Post',
        'Gallery',
        'Video',
      ],
      'navigation',
    );
  });

  it('leave the story’s lines that open alike alone', () => {
    each(
      [
        'Posted in 2010, the video has been watched four million times.',
        'The entry was posted on a forum before it was deleted.',
        'Readers can leave a response on the ministry’s website until Friday.',
        'Your comment was posted to the forum, the moderator told her, and then removed.',
        'The tags: red for urgent, green for the rest, were handed out at the door.',
        'You are here because the council asked you to come.',
        'The next article of the treaty sets out the quotas.',
        'Video of the arrest was shared widely.',
        'A version of the bill passed the Senate in March.',
        'Meet the New Editor',
      ],
      null,
    );
  });
});
