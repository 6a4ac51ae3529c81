package com.collector.portal.web.installrequests.faces;

import static org.assertj.core.api.Assertions.assertThat;

import com.collector.portal.installrequests.control.AnswersJson;
import com.collector.portal.installrequests.entity.RequestAnswers;
import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WizardFormTest {

  private static RequestAnswers answers(String singleQuoted) {
    return AnswersJson.read(
        Json.createReader(new StringReader(singleQuoted.replace('\'', '"'))).readObject());
  }

  @Test
  void aResumedDraftKeepsWhatTheWizardHasNoInputsFor() {
    RequestAnswers saved =
        answers(
            "{'customer':{'id':42},"
                + "'environment':{'machineName':'DESK-01','windowsVersion':'SERVER_2022',"
                + "'dotNetInstalled':true,'plugins':[{'id':'sql-server','version':'2019',"
                + "'databaseServer':'SQL01','database':'erp','companyCodes':['001','002']}],"
                + "'proxy':{'url':'http://proxy.local:3128','username':'collector',"
                + "'bypass':['*.local','10.0.0.1']}},"
                + "'extraction':{'datasets':['ledger'],'schedule':{'frequency':'DAILY',"
                + "'time':'02:30','timeZone':'Europe/Brussels'},"
                + "'export':{'kind':'folder','location':'D:\\\\exports'}},"
                + "'scheduling':{'preferredDates':['2027-01-04','2027-01-05','2027-01-06',"
                + "'2027-01-07','2027-01-08'],'mode':'REMOTE',"
                + "'contact':{'name':'Piet','email':'piet@shop.example','phone':'+32 470'}}}");
    WizardForm cut = new WizardForm();

    cut.fill(saved);

    assertThat(cut.answers()).isEqualTo(saved);
  }
}
