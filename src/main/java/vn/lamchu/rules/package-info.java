/**
 * Legal rules as dated data (RULEBOOK §15.1): deadline rules with their versions, the Vietnamese working-day
 * calendar (weekends, public holidays of Labour Code 2019 art. 112 with Tết and Hùng Kings' day from the Vietnamese
 * lunar calendar, compensatory days and swaps announced each year), and deadline arithmetic following the Civil Code
 * 2015 arts. 144–148, with an explanation of every result.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules", allowedDependencies = {"shared", "platform", "audit"})
package vn.lamchu.rules;
