package vn.lamchu.org.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lamchu.org.Person;
import vn.lamchu.org.PersonDraft;

/** The person form: create and correct. */
public class PersonForm {

    private String code;
    private String fullName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private Person.Gender gender;
    private String phone;
    private String email;
    private boolean partyMember;
    private String unitCode;
    private int version;

    static PersonForm of(Person person, String unitCode) {
        PersonForm form = new PersonForm();
        form.code = person.code();
        form.fullName = person.fullName();
        form.birthDate = person.birthDate();
        form.gender = person.gender();
        form.phone = person.phone();
        form.email = person.email();
        form.partyMember = person.partyMember();
        form.unitCode = unitCode;
        form.version = person.version();
        return form;
    }

    PersonDraft toDraft() {
        return new PersonDraft(code, fullName, birthDate, gender, phone, email, partyMember, unitCode);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Person.Gender getGender() { return gender; }
    public void setGender(Person.Gender gender) { this.gender = gender; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isPartyMember() { return partyMember; }
    public void setPartyMember(boolean partyMember) { this.partyMember = partyMember; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
