import PermitCheckModel

/// The filing every compiled fuzz pack is run against: the spec's example
/// (`spec/filing-v1.md`), so a pack that compiles also evaluates.
enum FuzzFiling {
    static let json = #"""
{
  "schema": "permitcheck/filing-v1",
  "id": "2025Q3-DA-STEEL-01",
  "kind": "quarterly-report",
  "period": { "from": "2025-07-01", "to": "2025-09-30" },
  "submittedAt": "2025-10-14T10:20:00+08:00",
  "report": { "sections": ["actual-emissions", "compliance-analysis", "abnormal-conditions"] },
  "enterprise": {
    "uscc": "91420684MA4927PJ7B",
    "name": "武汉某钢铁有限公司",
    "industry": "3110",
    "region": "420107",
    "keyArea": true
  },
  "permit": {
    "number": "91420684MA4927PJ7B001P",
    "class": "key",
    "validFrom": "2023-01-01",
    "validTo": "2027-12-31",
    "reportSchedule": [
      { "kind": "annual-report", "dueDaysAfterPeriodEnd": 15 },
      { "kind": "quarterly-report", "dueDaysAfterPeriodEnd": 15 }
    ],
    "outlets": [
      {
        "id": "DA001", "name": "1#烧结机机头", "medium": "air",
        "category": "main", "process": "sintering-head", "referenceO2": 16,
        "limits": [
          { "pollutant": "PM",  "value": 10, "unit": "mg/m3", "averaging": "hour" },
          { "pollutant": "SO2", "value": 35, "unit": "mg/m3", "averaging": "hour" },
          { "pollutant": "NOx", "value": 50, "unit": "mg/m3", "averaging": "hour" }
        ],
        "monitoringPlan": [
          { "pollutant": "PM",  "method": "automatic" },
          { "pollutant": "SO2", "method": "automatic" },
          { "pollutant": "NOx", "method": "automatic" },
          { "pollutant": "CO",  "method": "manual", "frequency": { "times": 1, "per": "quarter" } }
        ]
      }
    ],
    "annualCaps": [ { "pollutant": "SO2", "value": 420.0, "unit": "t" } ]
  },
  "monitoring": [
    {
      "outlet": "DA001", "pollutant": "NOx", "unit": "mg/m3",
      "start": "2025-07-01T00:00:00+08:00", "interval": "PT1H",
      "values": [38.2, 41.0, null, 55.3],
      "o2":     [15.1, 15.4, null, 16.2],
      "flow":   [812000, 809500, null, 820100],
      "flags":  "NNFN"
    }
  ],
  "manualSamples": [
    { "outlet": "DA001", "pollutant": "CO", "sampledAt": "2025-08-20T10:00:00+08:00",
      "value": 1200, "unit": "mg/m3" }
  ],
  "stoppages": [
    { "from": "2025-09-20T00:00:00+08:00", "to": "2025-09-23T00:00:00+08:00",
      "declaredAt": "2025-09-19T16:00:00+08:00", "reason": "年度检修", "outlets": ["DA001"] }
  ],
  "facilities": [
    {
      "id": "TA001", "kind": "RTO", "outlet": "DA003", "targets": ["NMHC"],
      "initialRate": { "value": 4.2, "unit": "kg/h" },
      "collectionEfficiency": 0.90, "removalEfficiency": 0.93,
      "productionHours": 2100, "operatingHours": 2090,
      "supplementaryAir": false, "inletO2": 20.3, "outletO2": 19.6, "lowVocsMaterials": false,
      "bypasses": [
        {
          "id": "BP1", "status": "sealed", "seal": "lead-seal", "filed": true,
          "monitoring": ["flowmeter"], "onlineLinked": true,
          "openings": [
            { "from": "2025-08-02T13:00:00+08:00", "to": "2025-08-02T14:30:00+08:00",
              "reason": "emergency", "reportedAt": "2025-08-02T15:10:00+08:00" }
          ]
        }
      ]
    }
  ],
  "vocsStreams": [
    { "id": "VS1", "outlet": "DA003", "initialRate": { "value": 4.2, "unit": "kg/h" },
      "treatedBy": "TA001", "lowVocsMaterials": false }
  ],
  "ultraLowEmission": {
    "claim": "completed", "retrofitCompletedOn": "2024-09-30",
    "evaluationReportOn": "2024-11-15", "sources": ["DA001"]
  },
  "hazardousWaste": {
    "openingStock": [ { "code": "900-041-49", "quantity": 0.6, "unit": "t" } ],
    "generated": [ { "code": "900-041-49", "quantity": 12.5, "unit": "t" } ],
    "utilized":  [],
    "stored":    [ { "code": "900-041-49", "quantity": 3.1, "unit": "t", "since": "2024-08-01" } ],
    "transfers": [
      {
        "manifest": "20254201000123", "code": "900-041-49",
        "quantity": 5.0, "receivedQuantity": 4.9, "unit": "t",
        "shippedAt": "2025-08-10T09:00:00+08:00", "receivedAt": "2025-08-11T16:00:00+08:00",
        "confirmedAt": "2025-08-12T09:30:00+08:00", "discrepancyReportedAt": "2025-08-11T17:00:00+08:00",
        "receiver": { "uscc": "91340600MA2PBM9HXD", "license": "HB42010088" },
        "transporter": { "uscc": "91340600MA2PBMA74B", "license": "鄂交运管许可汉字420100017号" },
        "origin": "420107", "destination": "420115", "approval": null
      }
    ]
  }
}
"""#

    static let small: Filing = {
        guard let filing = Filing.decode(Array(json.utf8)).value else {
            preconditionFailure("the embedded spec filing does not decode: a fuzzing set-up error, not an input")
        }
        return filing
    }()
}
