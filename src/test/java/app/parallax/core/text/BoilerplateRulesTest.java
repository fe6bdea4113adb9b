package app.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "4:15 PM ET",
        "Oct. 9, 2024, 6:40 AM",
        "PUBLISHED: FRIDAY, OCTOBER 11, 2024, 7:05 AM",
        "Posted 3/14/2019 9:02 AM",
        "Updated 3 hours ago",
        "Last updated: Tuesday, 4 June 2019 09:15 BST",
        "updated 8:12 p.m. EST, Wed Nov 6, 2019",
        "First published 2019-06-04 09:15:22",
        "Published: 21st March 2020",
        "Updated: 12 Jan 2021 10:30 GMT+01:00",
        "June 4, 2019 | 5:12pm",
        "Posted yesterday",
        "By Lea Moss",
        "By LEA MOSS and OMAR DIAZ, Associated Press",
        "By The Associated Press",
        "by Omar Diaz, Staff Writer",
        "Lea Moss, CNN",
        "Omar J. Diaz, Daily Herald",
        "By Lea Moss | June 4, 2019",
        "(Photo: Getty Images)",
        "Photo by Lea Moss/Reuters",
        "Firefighters work at the scene on Monday. (AP Photo/Omar Diaz)",
        "Photograph: Omar Diaz",
        "Credit: Lea Moss",
        "Read more: Why the storm turned north",
        "Click here to watch the video",
        "Share this:",
        "Share on Facebook",
        "Advertisement",
        "Subscribe to our newsletter",
        "Sign up for breaking news alerts",
        "Email this article",
        "Comments (12)",
        "Story continues below advertisement",
        "Reporting by Lea Moss; Editing by Omar Diaz",
    })
    void templateLinesAreBoilerplate(String line) {
        assertThat(BoilerplateRules.isJunkLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By Monday the talks had ended.",
        "By the end of the week, 40 people had left the town.",
        "By Lea Moss's count, nine ships sank.",
        "Photos show the car on fire near the bridge.",
        "Officials said the vote closed at 4:15 PM on Tuesday.",
        "June 4 was the deadline for the deal.",
        "Lake Placid, New York",
        "Lea Moss, the mayor, said no.",
        "GENEVA, March 3 (Reuters) -",
        "BEIJING — The talks began on Oct. 9, 2024.",
        "Share prices fell 3% on Monday.",
        "Subscribers complained about the price.",
        "The picture is unclear, she said.",
        "Read the statement in full below.",
        "Updated figures show 40 dead.",
        "Storm hits coast",
        "2019",
        "20-13.",
        "4/5",
    })
    void articleLinesAreNotBoilerplate(String line) {
        assertThat(BoilerplateRules.isJunkLine(line)).isFalse();
    }
}
