using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Issues;
using Xunit;

namespace HealthExchange.Validation.Tests;

public class PersonalDataMaskTests
{
    [Theory]
    [InlineData(PersonalDataClass.NationalId, "440102195501150625", "44***************5")]
    [InlineData(PersonalDataClass.Name, "张三丰", "张**")]
    [InlineData(PersonalDataClass.Name, "李", "李*")]
    [InlineData(PersonalDataClass.Phone, "13800001234", "*******1234")]
    [InlineData(PersonalDataClass.None, "J06.9", "J06.9")]
    public void Masks_by_personal_data_class(PersonalDataClass personal, string value, string masked) =>
        Assert.Equal(masked, PersonalDataMask.Mask(personal, value));
}
