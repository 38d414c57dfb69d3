# The safeguarding vocabulary: sentences an analyst writes in a local .dslr rule, each mapped onto DRL.
# One sentence a line. A sentence starting "There is" names a part of the case; the sentences after it that say
# "the adult", "the concern", "the action" ... are about that same part. Values in braces are written as the
# model's codes (FINANCIAL_OR_MATERIAL, or financial_or_material: case does not matter).
# Lines starting with "##" are headings for docs/VOCABULARY.md.
## The adult
[when]There is an adult=$adult : Adult( )
[when]The adult is aged {n:\d+} or over=AsOf( Ages.of($adult, this) >= {n} )
[when]The adult is aged under {n:\d+}=AsOf( Ages.of($adult, this) >= 0, Ages.of($adult, this) < {n} )
[when]The adult's age is not recorded=AsOf( Ages.of($adult, this) == -1 )
[when]The adult has care and support needs=Adult( this == $adult, careAndSupportNeeds == true )
[when]The adult has a communication need=Adult( this == $adult, communicationNeeds.isEmpty() == false )
[when]The adult has the communication need {need:\w+}=Adult( this == $adult, communicationNeeds contains CommunicationNeed.{need!uc} )
[when]The adult's communication needs are not recorded as met=Adult( this == $adult, communicationNeedsMet != true )
[when]The adult has cultural needs recorded=Adult( this == $adult, culturalNeeds.isEmpty() == false )
[when]The adult has not been seen and spoken to=Adult( this == $adult, seenAndSpokenTo != true )
[when]The adult has not been seen alone=Adult( this == $adult, seenAlone != true )
[when]The adult needs support to take part=Adult( this == $adult, needsSupportToTakePart == true )
[when]Support to take part is not recorded as provided=Adult( this == $adult, supportToTakePartProvided != true )
## The stage and dates
[when]The case is at stage {stage:\w+}=SafeguardingCase( stage == Stage.{stage!uc} )
[when]The case is not closed=SafeguardingCase( stage != Stage.CLOSED )
[when]It is more than {n:\d+} days since the concern was raised=CaseDates( $concernRaisedOn : concernRaised != null ) AsOf( Days.moreThan($concernRaisedOn, date, {n}) )
[when]The case is closing=exists Closing( )
## The conversation and outcomes
[when]The adult is unclear about what they want=MspConversation( adultUnclear == true )
[when]The options are not recorded as explained=MspConversation( optionsExplained != true )
[when]The adult has not been asked what outcomes they want=MspConversation( outcomesAskedOn == null )
[when]There is a desired outcome=$outcome : DesiredOutcome( )
[when]The outcome is of category {category:\w+}=DesiredOutcome( this == $outcome, category == OutcomeCategory.{category!uc} )
[when]The outcome's achievement is not recorded=DesiredOutcome( this == $outcome, achieved == null )
[when]The outcome was achieved {achievement:\w+}=DesiredOutcome( this == $outcome, achieved == Achievement.{achievement!uc} )
[when]No desired outcome is recorded=not DesiredOutcome( )
## Concerns
[when]There is a concern=$concern : Concern( )
[when]The concern is of type {type:\w+}=Concern( this == $concern, riskTypes contains RiskType.{type!uc} )
[when]The concern happened at {location:\w+}=Concern( this == $concern, location == RiskLocation.{location!uc} )
[when]The concern's source is {source:\w+}=Concern( this == $concern, source == RiskSource.{source!uc} )
[when]The concern shows the indicator {indicator:\w+}=Concern( this == $concern, indicators contains RiskIndicator.{indicator!uc} )
[when]The concern was raised more than {n:\d+} days ago=AsOf( Days.moreThan($concern.raised(), date, {n}) )
[when]The person alleged is the adult's {relationship:\w+}=Concern( this == $concern, personAlleged != null, personAlleged.relationship == Relationship.{relationship!uc} )
[when]The person alleged has the role {role:\w+}=Concern( this == $concern, personAlleged != null, personAlleged.roles contains PersonRole.{role!uc} )
[when]There is an emergency=exists Emergency( )
## Capacity
[when]The adult lacks capacity about {topic:\w+}=LacksCapacity( topic == DecisionTopic.{topic!uc} )
[when]The adult is presumed to have capacity about {topic:\w+}=not LacksCapacity( topic == DecisionTopic.{topic!uc} )
## Actions and referrals
[when]There is an action=$action : Action( )
[when]The action is of type {type:\w+}=Action( this == $action, type == ActionType.{type!uc} )
[when]The action's status is {status:\w+}=Action( this == $action, status == ActionStatus.{status!uc} )
[when]The action has no owner=Action( this == $action, owner == null || owner.isBlank() )
[when]The action has no due date=Action( this == $action, due == null )
[when]The action is overdue=AsOf( Days.before($action.due(), date) )
[when]No action is recorded=not Action( )
[when]There is a referral to {target:\w+}=$referral : Referral( to == ReferralTarget.{target!uc} )
[when]There is no referral to {target:\w+}=not Referral( to == ReferralTarget.{target!uc} )
## Advocacy and the appropriate individual
[when]No advocate is recorded=not Advocate( )
[when]An advocate is recorded=exists Advocate( )
[when]The adult has substantial difficulty in being involved=Advocacy( substantialDifficulty.isEmpty() == false )
[when]No decision about advocacy is recorded=Advocacy( decision == null )
[when]There is no appropriate individual=exists NoAppropriateIndividual( )
## The finding
[then]Raise the finding=Raise.finding(kcontext).becauseMatched().done();
