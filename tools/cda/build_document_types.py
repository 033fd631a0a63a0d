#!/usr/bin/env python3
"""Builds schemas/cda/document-types.yaml: the 53 WS/T 500-2016 document types and their extraction rules.

Sources:
  /work/shared/samples/catalogue-sources/wst500_document_types.csv   templateId, code C0001-C0053, title, section LOINC codes
  schemas/catalogue/hospital.yaml                                     the tables the rules fill (checked: every column exists)

The YAML it writes is the platform's data from then on (the CDA stage reads only the YAML): an operator may add
or tighten a type there without code. Re-running this script rewrites the file from the CSV and EXTRACT below.

  python3 tools/cda/build_document_types.py              # write
  python3 tools/cda/build_document_types.py --check      # build and check only
"""
import argparse, csv, os, sys
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_CSV = '/work/shared/samples/catalogue-sources/wst500_document_types.csv'
OUT = os.path.join(ROOT, 'schemas', 'cda', 'document-types.yaml')

# recordTarget/patientRole/id roots (shared/samples/README.md): 1.11 门(急)诊号, 1.12 住院号, 1.13 病案号,
# 1.19 健康卡号, 1.2 健康档案标识号, 1.20 处方编号, 1.22 病床号, 1.24 电子申请单编号, 1.32 检查报告单号,
# 1.33 检验报告单号, 1.14 标本编号, 1.26 科室.
def pid(root):
    return f"/recordTarget/patientRole/id[@root='2.16.156.10011.1.{root}']/@extension"

PATIENT = '/recordTarget/patientRole/patient'
DEPT_CODE = ("/recordTarget/patientRole/providerOrganization/id[@root='2.16.156.10011.1.26']/@extension"
             " | /componentOf/encompassingEncounter/location//wholeOrganization/id[@root='2.16.156.10011.1.26']/@extension")
DEPT_NAME = "/recordTarget/patientRole/providerOrganization/name"
VISIT_TYPE = ("/componentOf/encompassingEncounter/code[@codeSystem='2.16.156.10011.2.3.1.271']/@code"
              " | de('DE02.01.060.00')/value/@code")

def de(code, tail='value'):
    return f"de('{code}')/{tail}"

# Header columns shared by most tables. WS/T 500 has no root for the institution's own patient id: the rules
# take the health card number, else the health-record id, else the visit or admission number (docs/cda.md).
HEADER = {
    'record_id': "/id[@root='2.16.156.10011.1.1']/@extension",
    'patient_id': f"{pid(19)} | {pid(2)} | {pid(11)} | {pid(12)}",
    'visit_no': f"{pid(11)} | {de('DE01.00.010.00')}",
    'inpatient_no': f"{pid(12)} | {de('DE01.00.014.00')}",
    'medical_record_no': f"{pid(13)} | {de('DE01.00.004.00')}",
    'health_card_no': pid(19),
    'bed_no': pid(22),
    'request_no': pid(24),
    'id_no': f"{PATIENT}/id[@root='2.16.156.10011.1.3']/@extension",
    'patient_name': f'{PATIENT}/name',
    'sex': f'{PATIENT}/administrativeGenderCode/@code',
    'birth_date': f'{PATIENT}/birthTime/@value',
    'age_years': f'{PATIENT}/age/@value',
    'ethnicity': f'{PATIENT}/ethnicGroupCode/@code',
    'marital_status': f'{PATIENT}/maritalStatusCode/@code',
    'occupation': f'{PATIENT}/occupation/occupationCode/@code',
    'education': f'{PATIENT}/educationLevel/educationLevelCode/@code',
    'nationality_code': f'{PATIENT}/nationality/@code',
    'work_unit': f'{PATIENT}/employerOrganization/name',
    'phone': '/recordTarget/patientRole/telecom/@value',
    'contact_name': '/participant/associatedEntity/associatedPerson/name',
    'contact_relation': '/participant/associatedEntity/code/@code',
    'contact_phone': '/participant/associatedEntity/telecom/@value',
    'dept_code': DEPT_CODE,
    'dept_name': DEPT_NAME,
    'doctor_id': '/author/assignedAuthor/id/@extension',
    'doctor_name': '/author/assignedAuthor/assignedPerson/name',
    'diagnosis_code': f"{de('DE05.01.024.00', 'value/@code')}",
    'diagnosis_name': f"{de('DE05.01.024.00', 'value/@displayName')} | {de('DE05.01.025.00')}",
    'tcm_disease_code': de('DE05.10.130.00', 'value/@code'),
    'tcm_disease_name': de('DE05.10.130.00', 'value/@displayName'),
    'medical_payment_method': de('DE07.00.007.00', 'value/@code'),
    'abo_blood_type': de('DE04.50.001.00', 'value/@code'),
    'rh_blood_type': de('DE04.50.010.00', 'value/@code'),
    'allergy_history': f"{de('DE02.10.022.00')} | {de('DE05.01.022.00')}",
    'chief_complaint': de('DE04.01.119.00'),
    'present_illness': de('DE02.10.071.00'),
    'past_history': f"{de('DE02.10.099.00')} | {de('DE02.10.026.00')}",
    'personal_history': de('DE02.10.097.00'),
    'marriage_childbearing_history': de('DE02.10.098.00'),
    'menstrual_history': de('DE02.10.102.00'),
    'family_history': de('DE02.10.103.00'),
    'physical_exam': de('DE04.10.258.00'),
    'auxiliary_exam_result': de('DE04.30.009.00'),
    'treatment_principle': de('DE06.00.300.00'),
    'admission_time': f"{de('DE06.00.092.00')} | /componentOf/encompassingEncounter/effectiveTime/low/@value",
    'discharge_time': f"{de('DE06.00.017.00')} | /componentOf/encompassingEncounter/effectiveTime/high/@value",
    'actual_days': de('DE06.00.310.00'),
    'admission_diagnosis_code': f"section('46241-6')/de('DE05.01.024.00')/value/@code",
    'admission_diagnosis_name': f"section('46241-6')/de('DE05.01.024.00')/value/@displayName | section('46241-6')/de('DE05.01.025.00')/value",
    'discharge_diagnosis_code': f"section('11535-2')/de('DE05.01.024.00')/value/@code | {de('DE05.01.024.00', 'value/@code')}",
    'discharge_diagnosis_name': f"section('11535-2')/de('DE05.01.024.00')/value/@displayName | section('11535-2')/de('DE05.01.025.00')/value | {de('DE05.01.024.00', 'value/@displayName')}",
    'discharge_status': de('DE06.00.193.00'),
    'discharge_order': de('DE06.00.287.00'),
    'discharge_disposition': de('DE06.00.223.00', 'value/@code'),
    'treatment_outcome': de('DE05.10.113.00', 'value/@code'),
    'total_cost': de('DE07.00.010.00'),
    'resident_doctor_id': '/author/assignedAuthor/id/@extension',
    'resident_doctor_name': '/author/assignedAuthor/assignedPerson/name',
    'reviewer_id': '/legalAuthenticator/assignedEntity/id/@extension',
    'reviewer_name': '/legalAuthenticator/assignedEntity/assignedPerson/name',
    'sign_time': '/legalAuthenticator/time/@value',
    'record_time': '/effectiveTime/@value',
}

def cols(*names, **overrides):
    out = {n: HEADER[n] for n in names}
    out.update(overrides)
    return out

PATIENT_COLS = ('patient_id', 'id_no', 'patient_name', 'sex')
INPATIENT_COLS = ('inpatient_no', 'medical_record_no', 'health_card_no') + PATIENT_COLS + ('birth_date', 'age_years')

# Which tables each document fills. rows: one row per selected element (relative column paths start there).
EXTRACT = {
    'C0001': [
        ('patient_master_index', None, cols('health_card_no', 'ethnicity', 'marital_status', 'occupation', 'education',
            'nationality_code', 'work_unit', 'phone', 'contact_name', 'contact_relation', 'contact_phone',
            'medical_payment_method', 'abo_blood_type', 'rh_blood_type', 'allergy_history', 'birth_date', *PATIENT_COLS,
            register_time='/effectiveTime/@value')),
        ('health_event_summary', None, cols(*PATIENT_COLS, 'birth_date', 'diagnosis_code', 'diagnosis_name',
            'treatment_outcome', 'medical_payment_method', 'doctor_id',
            event_id=HEADER['record_id'], visit_type=VISIT_TYPE, visit_no=f"{de('DE01.00.010.00')} | {pid(11)}",
            inpatient_no=f"{de('DE01.00.014.00')} | {pid(12)}",
            event_start_time=f"{de('DE06.00.092.00')} | {de('DE06.00.062.00')} | /componentOf/encompassingEncounter/effectiveTime/low/@value",
            event_end_time=f"{de('DE06.00.017.00')} | /componentOf/encompassingEncounter/effectiveTime/high/@value",
            onset_time=de('DE04.01.018.00'), visit_reason=de('DE05.10.053.00'),
            key_drugs=de('DE08.50.022.00'), adverse_drug_reaction=de('DE06.00.129.00'),
            other_treatment=f"{de('DE06.00.251.00')} | {de('DE06.00.087.00')}",
            outpatient_cost=de('DE07.00.004.00'), inpatient_cost=de('DE07.00.010.00'), self_burden_amount=de('DE07.00.001.00'),
            doctor_name=f"{de('DE02.01.039.00')} | /author/assignedAuthor/assignedPerson/name")),
    ],
    'C0002': [
        ('outpatient_visit', None, cols('visit_no', *PATIENT_COLS, 'birth_date', 'phone', 'dept_code', 'dept_name',
            'doctor_id', 'doctor_name', 'diagnosis_code', 'diagnosis_name', 'record_time',
            visit_time=f"/componentOf/encompassingEncounter/effectiveTime/@value | /componentOf/encompassingEncounter/effectiveTime/low/@value | {de('DE06.00.062.00')} | /author/time/@value",
            visit_type={'path': "/componentOf/encompassingEncounter/code[@codeSystem='2.16.156.10011.2.3.1.271']/@code", 'default': '1'},
            is_first_visit=de('DE06.00.196.00', 'value/@code'))),
        ('outpatient_medical_record', None, cols('record_id', 'visit_no', *PATIENT_COLS, 'age_years', 'dept_code', 'dept_name',
            'chief_complaint', 'present_illness', 'past_history', 'allergy_history', 'physical_exam', 'auxiliary_exam_result',
            'diagnosis_code', 'diagnosis_name', 'tcm_disease_code', 'tcm_disease_name', 'treatment_principle',
            'doctor_id', 'doctor_name', 'sign_time',
            visit_time=f"/componentOf/encompassingEncounter/effectiveTime/@value | /componentOf/encompassingEncounter/effectiveTime/low/@value | {de('DE06.00.062.00')} | /author/time/@value",
            is_first_visit=de('DE06.00.196.00', 'value/@code'),
            handling_advice=f"{de('DE06.00.018.00')} | section('48767-8')/text/text()")),
    ],
    'C0004': [
        ('outpatient_prescription', None, cols('visit_no', *PATIENT_COLS, 'age_years', 'dept_code', 'dept_name',
            'diagnosis_code', 'diagnosis_name', 'doctor_id', 'doctor_name',
            prescription_no=f"{pid(20)} | {de('DE01.00.020.00')}", prescription_type={'const': '1'},
            prescription_time='/author/time/@value', review_pharmacist_id='/legalAuthenticator/assignedEntity/id/@extension',
            valid_days=de('DE06.00.294.00'), total_amount=de('DE07.00.004.00'), remarks=de('DE06.00.179.00'))),
        ('outpatient_prescription_item', "section('10160-0')/entry/substanceAdministration", {
            'prescription_no': f"{pid(20)} | /{de('DE01.00.020.00')}".replace("/de(", "/component/structuredBody//de("),
            'item_seq': '$seq', 'visit_no': pid(11) + ' | ' + pid(12), 'patient_id': HEADER['patient_id'],
            'prescription_time': '/author/time/@value',
            'drug_code': 'consumable/manufacturedProduct/manufacturedLabeledDrug/code/@code',
            'drug_name': 'consumable/manufacturedProduct/manufacturedLabeledDrug/name',
            'specification': de('DE08.50.043.00'), 'dosage_form': 'administrationUnitCode/@displayName',
            'dose_per_time': 'doseQuantity/@value', 'dose_unit': 'doseQuantity/@unit',
            'frequency_code': 'rateQuantity/@unit', 'route_code': 'routeCode/@code', 'total_dose': de('DE06.00.135.00')}),
    ],
    'C0005': [
        ('outpatient_prescription', None, cols('visit_no', *PATIENT_COLS, 'age_years', 'dept_code', 'dept_name',
            'diagnosis_code', 'diagnosis_name', 'tcm_disease_code', 'tcm_disease_name', 'doctor_id', 'doctor_name',
            prescription_no=f"{pid(20)} | {de('DE01.00.020.00')}", prescription_type={'const': '2'},
            prescription_time='/author/time/@value', review_pharmacist_id='/legalAuthenticator/assignedEntity/id/@extension',
            valid_days=de('DE06.00.294.00'), total_amount=de('DE07.00.004.00'), remarks=de('DE06.00.179.00'))),
        ('tcm_herbal_prescription', None, cols('visit_no', 'patient_id', 'patient_name', 'diagnosis_code', 'diagnosis_name',
            'tcm_disease_code', 'tcm_disease_name', 'treatment_principle', 'doctor_id', 'doctor_name',
            prescription_no=f"{pid(20)} | {de('DE01.00.020.00')}", prescription_time='/author/time/@value',
            herbal_prescription=f"{de('DE08.50.049.00')} | section('10160-0')/text/text()",
            dose_count=de('DE08.50.050.00'), decoction_method=de('DE08.50.047.00'), usage_method=de('DE06.00.136.00'),
            total_amount=de('DE07.00.004.00'))),
    ],
    'C0006': [
        ('exam_report', None, cols('visit_no', 'inpatient_no', 'request_no', *PATIENT_COLS, 'age_years', 'dept_code',
            'diagnosis_code', 'diagnosis_name', 'reviewer_id', 'reviewer_name',
            report_no=f"{pid(32)} | {de('DE01.00.018.00')}", visit_type=VISIT_TYPE,
            modality=de('DE04.30.018.00', 'value/@code'), exam_item_code=de('DE04.30.019.00', 'value/@code'),
            exam_item_name=f"{de('DE04.30.020.00')} | {de('DE04.30.019.00', 'value/@displayName')}",
            findings=de('DE04.50.131.00'), impression=de('DE04.50.132.00'),
            report_time='/author/time/@value | /effectiveTime/@value',
            reporter_id='/author/assignedAuthor/id/@extension', reporter_name='/author/assignedAuthor/assignedPerson/name',
            report_status={'const': '2'})),
    ],
    'C0007': [
        ('lab_report', None, cols('visit_no', 'inpatient_no', 'request_no', *PATIENT_COLS, 'age_years', 'dept_code',
            'diagnosis_code', 'diagnosis_name', 'reviewer_id', 'reviewer_name',
            report_no=f"{pid(33)} | {de('DE01.00.018.00')}", visit_type=VISIT_TYPE, report_title='/title',
            lab_category=de('DE04.30.018.00'), specimen_no=f"{pid(14)} | {de('DE01.00.003.00')}",
            specimen_type=de('DE04.50.134.00'), specimen_collect_time=de('DE04.50.137.00'),
            specimen_receive_time=de('DE04.50.141.00'), report_time='/author/time/@value | /effectiveTime/@value',
            technician_id='/author/assignedAuthor/id/@extension', technician_name='/author/assignedAuthor/assignedPerson/name',
            report_status={'const': '2'})),
        ('lab_result', "section('30954-2')/entry/organizer/component/observation", {
            'report_no': f"{pid(33)}", 'item_seq': '$seq', 'patient_id': HEADER['patient_id'],
            'report_time': '/author/time/@value | /effectiveTime/@value',
            'item_code': 'code/@code', 'item_name': 'code/@displayName | code/@code',
            'result_text': 'value/text() | value/@code', 'result_numeric': "value[@unit]/@value",
            'result_unit': 'value/@unit', 'reference_range': 'referenceRange/observationRange/text/text()',
            'abnormal_flag': 'interpretationCode/@code'}),
    ],
    'C0032': [
        ('inpatient_case_front_page', None, cols(*INPATIENT_COLS, 'nationality_code', 'ethnicity', 'marital_status',
            'occupation', 'phone', 'contact_name', 'contact_relation', 'contact_phone', 'medical_payment_method',
            'admission_time', 'discharge_time', 'actual_days', 'discharge_diagnosis_code', 'discharge_diagnosis_name',
            'discharge_disposition', 'abo_blood_type', 'rh_blood_type', 'total_cost',
            hospitalization_times=de('DE02.10.090.00'), admission_route=de('DE06.00.339.00', 'value/@code'),
            admission_dept_code=f"{de('DE08.10.025.00', 'value/@code')} | {DEPT_CODE}",
            discharge_dept_code=f"{de('DE08.10.025.00', 'value/@code')} | {DEPT_CODE}",
            outpatient_diagnosis_code=f"section('29548-5')/de('DE05.01.024.00')/value/@code")),
    ],
    'C0034': [
        ('admission_record', None, cols('record_id', 'inpatient_no', *PATIENT_COLS, 'age_years', 'admission_time', 'dept_code',
            'bed_no', 'chief_complaint', 'present_illness', 'past_history', 'personal_history', 'marriage_childbearing_history',
            'menstrual_history', 'family_history', 'allergy_history', 'physical_exam', 'auxiliary_exam_result',
            'admission_diagnosis_code', 'admission_diagnosis_name', 'resident_doctor_id', 'resident_doctor_name', 'record_time',
            temperature=de('DE04.10.186.00'), pulse_rate=de('DE04.10.118.00'), respiratory_rate=de('DE04.10.082.00'),
            systolic_bp=de('DE04.10.174.00'), diastolic_bp=de('DE04.10.176.00'), specialty_exam=de('DE08.10.061.00'))),
    ],
    'C0049': [
        ('inpatient_discharge', None, cols(*INPATIENT_COLS, 'admission_time', 'discharge_time', 'actual_days', 'dept_code',
            'dept_name', 'bed_no', 'admission_diagnosis_code', 'admission_diagnosis_name', 'discharge_diagnosis_code',
            'discharge_diagnosis_name', 'discharge_status', 'discharge_order', 'discharge_disposition', 'treatment_outcome',
            'medical_payment_method', 'total_cost', 'resident_doctor_id', 'resident_doctor_name')),
    ],
    'C0053': [
        ('inpatient_discharge', None, cols(*INPATIENT_COLS, 'admission_time', 'discharge_time', 'actual_days', 'dept_code',
            'dept_name', 'bed_no', 'admission_diagnosis_code', 'admission_diagnosis_name', 'discharge_diagnosis_code',
            'discharge_diagnosis_name', 'discharge_status', 'discharge_order', 'discharge_disposition', 'treatment_outcome',
            'medical_payment_method', 'total_cost', 'resident_doctor_id', 'resident_doctor_name')),
        ('discharge_summary', None, cols('record_id', 'inpatient_no', *PATIENT_COLS, 'age_years', 'admission_time',
            'discharge_time', 'actual_days', 'dept_code', 'admission_diagnosis_code', 'admission_diagnosis_name',
            'treatment_principle', 'discharge_status', 'discharge_diagnosis_code', 'discharge_diagnosis_name',
            'discharge_order', 'treatment_outcome', 'resident_doctor_id', 'resident_doctor_name', 'sign_time',
            admission_status=de('DE05.10.148.00'), treatment_course=de('DE06.00.296.00'))),
    ],
}

# Sections and data elements the platform requires (errors when missing); the other template sections only warn.
REQUIRED_SECTIONS = {
    'C0002': ['10154-3', '29548-5'], 'C0004': ['10160-0'], 'C0005': ['10160-0'], 'C0007': ['30954-2'],
    'C0032': ['11535-2'], 'C0034': ['10154-3', '10164-2'], 'C0049': ['11535-2'], 'C0053': ['11535-2'],
}
REQUIRED_ELEMENTS = {
    'C0002': ['DE04.01.119.00'], 'C0006': ['DE04.50.131.00', 'DE04.50.132.00'], 'C0034': ['DE04.01.119.00', 'DE02.10.071.00'],
}


def build(csv_path):
    types = []
    with open(csv_path, encoding='utf-8') as f:
        for row in csv.DictReader(f):
            code = row['doc_code(2.16.156.10011.2.4)']
            sections = [s for s in row['section_LOINC_codes'].split(';') if s]
            entry = {'code': code, 'templateId': row['templateId'], 'title': row['title'], 'part': row['part(inferred)'],
                     'sections': sections, 'requiredSections': REQUIRED_SECTIONS.get(code, []),
                     'requiredElements': REQUIRED_ELEMENTS.get(code, [])}
            rules = []
            for table, rows, columns in EXTRACT.get(code, []):
                rule = {'table': table}
                if rows: rule['rows'] = rows
                rule['columns'] = columns
                rules.append(rule)
            entry['extract'] = rules
            types.append(entry)
    return types


def check(types, catalogue_path):
    errors = []
    catalogue = yaml.safe_load(open(catalogue_path, encoding='utf-8'))
    tables = {t['code']: t for t in catalogue['tables']}
    if len(types) != 53: errors.append(f'{len(types)} types, expected 53')
    for i, t in enumerate(types, start=1):
        if t['code'] != f'C{i:04d}': errors.append(f"{t['code']}: expected C{i:04d}")
        if t['templateId'] != f'2.16.156.10011.2.1.1.{20 + i}': errors.append(f"{t['code']}: templateId {t['templateId']}")
        for s in t['requiredSections']:
            if s not in t['sections']: errors.append(f"{t['code']}: required section {s} not in the template's sections")
        for rule in t['extract']:
            table = tables.get(rule['table'])
            if table is None: errors.append(f"{t['code']}: no table {rule['table']}"); continue
            if t['code'] not in table['documentTypes']: errors.append(f"{t['code']}: {rule['table']} does not list it in documentTypes")
            names = {c['name'] for c in table['columns']}
            for column in rule['columns']:
                if column not in names: errors.append(f"{t['code']}: {rule['table']}.{column} is not a column")
            for c in table['columns']:
                if c.get('required') and c['name'] not in rule['columns']:
                    errors.append(f"{t['code']}: required column {rule['table']}.{c['name']} has no rule")
    for code in ('C0001', 'C0002', 'C0004', 'C0005', 'C0006', 'C0007', 'C0032', 'C0034', 'C0049', 'C0053'):
        if not EXTRACT.get(code): errors.append(f'{code} has no extraction rules')
    return errors


HEAD = """# WS/T 500-2016 shared documents: the 53 document types the platform knows, and how ten of them become
# catalogue rows. Read by src/Cda (DocumentTypeCatalogue); docs/cda.md explains every field and the path language.
# Generated by tools/cda/build_document_types.py from shared/samples/catalogue-sources/wst500_document_types.csv;
# from then on this file is the platform's data: add a type or tighten one here, no code change needed.
#   code / templateId   C00nn pairs with 2.16.156.10011.2.1.1.(20+nn)
#   sections            the template's section LOINC codes (a missing one is a warning, HX4302)
#   requiredSections    sections the platform requires (missing: error HX4301)
#   requiredElements    data elements (2.16.156.10011.2.2.1) the document must carry (missing: error HX4303)
#   extract             target table, optional rows path (one row per element), column <- path | {path, default} | {const}
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--csv', default=DEFAULT_CSV)
    ap.add_argument('--check', action='store_true')
    args = ap.parse_args()
    types = build(args.csv)
    errors = check(types, os.path.join(ROOT, 'schemas', 'catalogue', 'hospital.yaml'))
    for e in errors: print('error:', e, file=sys.stderr)
    if errors: return 1
    if args.check: print(f'{len(types)} types OK'); return 0
    text = HEAD + yaml.safe_dump({'version': '2016.1', 'types': types}, allow_unicode=True, sort_keys=False, width=200)
    with open(OUT, 'w', encoding='utf-8') as f: f.write(text)
    print(f'wrote {OUT}: {len(types)} types, {sum(1 for t in types if t["extract"])} with extraction rules')
    return 0


if __name__ == '__main__':
    sys.exit(main())
